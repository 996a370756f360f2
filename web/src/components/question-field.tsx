import type { AnswerValue } from '../../../functions/contract/answers';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';

type Question = QuestionnaireDocument['dimensions'][number]['questions'][number];

interface Props {
  question: Question;
  /** The labels of "don't know" and "not applicable" in the questionnaire's language. */
  special?: readonly { value: AnswerValue; label: string }[];
  number: number;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  note?: string;
  onNote?: (note: string) => void;
  onNoteDone?: () => void;
  disabled?: boolean;
  /** Whether the question is handed on ("not my area"); the control shows only with `onHandOn`. */
  handedOn?: boolean;
  onHandOn?: (on: boolean) => void;
  /** Shown under the prompt of a question outside the stakeholder's audience: who usually answers it. */
  audienceNote?: string;
}

const SPECIAL: { value: AnswerValue; label: string; key: string }[] = [
  { value: 'dont-know', label: "Don't know", key: 'D' },
  { value: 'n/a', label: 'Not applicable', key: 'N' },
];

/** One question: five practice descriptions to choose from, the two escapes set apart, an optional note. */
export const QuestionField = ({
  question,
  number,
  value,
  onChange,
  note,
  onNote,
  onNoteDone,
  disabled,
  special = SPECIAL,
  handedOn = false,
  onHandOn,
  audienceNote,
}: Props) => {
  const name = `q-${question.id}`;
  /**
   * 1–5 pick a level, D "don't know", N "not applicable", as in survey tools; H hands the question on
   * ("not my area", H for hand on: free in English, French and German hints alike); typing in the
   * note is left alone.
   */
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (disabled || target.tagName === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'h' && onHandOn) {
      e.preventDefault();
      onHandOn(!handedOn);
      (e.currentTarget as HTMLElement).querySelector<HTMLButtonElement>('button.hand-on')?.focus();
      return;
    }
    const value: AnswerValue | undefined =
      key >= '1' && key <= '5' && key.length === 1
        ? Number(key)
        : key === 'd'
          ? 'dont-know'
          : key === 'n'
            ? 'n/a'
            : undefined;
    if (value === undefined) return;
    e.preventDefault();
    onChange(value);
    const input = (e.currentTarget as HTMLElement).querySelector<HTMLInputElement>(
      `input[value="${String(value)}"]`,
    );
    input?.focus();
  };
  return (
    <fieldset
      class={`question${value !== undefined ? ' answered' : ''}${handedOn ? ' handed-on' : ''}`}
      id={name}
      disabled={disabled}
      onKeyDown={onKeyDown}
    >
      <legend>
        <span class="question-number">{number}.</span> {question.text}
      </legend>
      {audienceNote && <p class="audience-note">{audienceNote}</p>}
      <div class="levels">
        {question.levels.map((text, i) => (
          <label class={`level${value === i + 1 ? ' chosen' : ''}`} key={text}>
            <input
              type="radio"
              name={name}
              value={i + 1}
              checked={value === i + 1}
              onChange={() => onChange(i + 1)}
            />
            <span class="level-number" aria-hidden="true">
              {i + 1}
            </span>
            <span>{text}</span>
          </label>
        ))}
      </div>
      <div class="special">
        {special.map((s) => (
          <label class={`level special-choice${value === s.value ? ' chosen' : ''}`} key={String(s.value)}>
            <input
              type="radio"
              name={name}
              value={String(s.value)}
              checked={value === s.value}
              onChange={() => onChange(s.value)}
            />
            <span class="level-number" aria-hidden="true">
              {s.value === 'dont-know' ? 'D' : 'N'}
            </span>
            <span>{s.label}</span>
          </label>
        ))}
        {onHandOn && (
          <button
            type="button"
            class={`level hand-on${handedOn ? ' chosen' : ''}`}
            aria-pressed={handedOn}
            onClick={() => onHandOn(!handedOn)}
          >
            <span class="level-number" aria-hidden="true">
              H
            </span>
            <span>{t('question.handOn')}</span>
          </button>
        )}
      </div>
      {handedOn && <p class="handed-on-note">{t('question.handedOnNote')}</p>}
      {onNote && (
        <label class="note">
          <span>{t('question.note')}</span>
          <textarea
            rows={2}
            maxLength={1000}
            value={note ?? ''}
            onInput={(e) => onNote((e.target as HTMLTextAreaElement).value)}
            onBlur={onNoteDone}
          />
        </label>
      )}
    </fieldset>
  );
};
