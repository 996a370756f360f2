import type { AnswerValue } from '../../../functions/contract/answers';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';
import './question-field.css';

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
  /** The id of the step's keyboard hint, announced on entering the question's group. */
  keysHint?: string;
}

/** Writes a note: free in English, French and German hints alike (N is "not applicable"). */
export const NOTE_KEY = 'c';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A question's one Tab stop: its checked choice, else its first. */
const stopOf = (field: Element): HTMLInputElement | null =>
  field.querySelector<HTMLInputElement>('input:checked') ?? field.querySelector<HTMLInputElement>('input');

/**
 * After a key answers a question, focus moves on as in Typeform: to the next question on the page,
 * or after the last to the step's main button (Next, See the result, Submit).
 */
export const focusNextQuestion = (from: Element) => {
  const fields = [...document.querySelectorAll<HTMLFieldSetElement>('fieldset.question')].filter(
    (f) => !f.disabled,
  );
  const next = fields[fields.indexOf(from as HTMLFieldSetElement) + 1];
  const target = next ? stopOf(next) : document.querySelector<HTMLElement>('.wizard-nav button.primary');
  if (!target) return;
  target.focus({ preventScroll: true });
  (next ?? target).scrollIntoView?.({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
};

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
  keysHint,
}: Props) => {
  const name = `q-${question.id}`;
  /**
   * One Tab stop per question: the radio group (arrows move within it, as radios do). Keys answer
   * and move on: 1–5 a level, D "don't know", N "not applicable", each then focuses the next
   * question (or, after the last, the step's main button). H hands the question on ("not my area")
   * and moves on too; C opens the note, Escape leaves it. "Not my area" and the note are out of the
   * Tab order (a click or their key reaches them), so Tab goes from question to question. Typing in
   * the note is left alone.
   */
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const field = e.currentTarget as HTMLFieldSetElement;
    if (disabled || e.ctrlKey || e.metaKey || e.altKey) return;
    if (target.tagName === 'TEXTAREA') {
      if (e.key === 'Escape') {
        e.preventDefault();
        stopOf(field)?.focus();
      }
      return;
    }
    const key = e.key.toLowerCase();
    if (key === 'h' && onHandOn) {
      e.preventDefault();
      onHandOn(!handedOn);
      if (handedOn) stopOf(field)?.focus();
      else focusNextQuestion(field);
      return;
    }
    if (key === NOTE_KEY && onNote) {
      e.preventDefault();
      field.querySelector<HTMLTextAreaElement>('textarea')?.focus();
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
    focusNextQuestion(field);
  };
  return (
    <fieldset
      class={`question${value !== undefined ? ' answered' : ''}${handedOn ? ' handed-on' : ''}`}
      id={name}
      disabled={disabled}
      aria-describedby={keysHint}
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
            aria-keyshortcuts="H"
            tabIndex={-1}
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
            tabIndex={-1}
            aria-keyshortcuts={NOTE_KEY.toUpperCase()}
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
