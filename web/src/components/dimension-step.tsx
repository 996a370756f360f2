import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import type { AnswerValue } from '../../../functions/contract/answers';
import { roleFirst } from '../../../functions/core/questionnaire/route';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';
import { QuestionField } from './question-field';
import './dimension-step.css';

/** Moves focus to the new step's heading whenever the step changes, so screen readers follow. */
export const useFocusStepTitle = (...step: unknown[]) => {
  useEffect(() => {
    document.querySelector<HTMLElement>('h2.step-title')?.focus();
  }, step);
};

interface Props {
  dimension: QuestionnaireDocument['dimensions'][number];
  title: string;
  intro: string;
  answers: Record<string, AnswerValue>;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  notes?: Record<string, string>;
  onNote?: (questionId: string, note: string) => void;
  onNoteDone?: () => void;
  disabled?: boolean;
  /** "Don't know" and "not applicable" in the questionnaire's language. */
  special?: QuestionnaireDocument['scale']['special'];
  /** The stakeholder's role: their own questions come first, the others after, marked and easy to hand on. */
  stakeholderRole?: string;
  /** Questions handed on as "not my area"; the control shows only with `onHandOn`. */
  handedOn?: readonly string[];
  onHandOn?: (questionId: string, on: boolean) => void;
  /** Who usually answers a question outside the stakeholder's audience, in words. */
  audienceNote?: (audience: readonly string[]) => string;
}

const KEYS_HINT = 'keys-hint';

/** One dimension of the questionnaire: its heading, what it covers, and its questions. */
export const DimensionStep = ({
  dimension,
  title,
  intro,
  answers,
  onAnswer,
  notes,
  onNote,
  onNoteDone,
  disabled,
  special,
  stakeholderRole,
  handedOn,
  onHandOn,
  audienceNote,
}: Props) => {
  // Role-first within the section, not a separate first pass over all sections: the steps stay the
  // sections, so resuming, the chips and Next keep their plain meaning, and a stakeholder still
  // sees each topic whole, their own questions on top and the rest below a visible divider.
  const placed = roleFirst(dimension.questions, stakeholderRole);
  const firstOther = placed.findIndex((p) => !p.own);
  const label = (value: AnswerValue, fallback: string) =>
    special?.find((s) => s.value === value)?.label ?? fallback;
  // Said once on the page and announced on entering each question (its group's description).
  const keys = [
    t('question.keys', {
      dontKnow: label('dont-know', "Don't know"),
      notApplicable: label('n/a', 'Not applicable'),
    }),
    onHandOn ? t('question.keysHandOn') : '',
    onNote ? t('question.keysNote') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section>
      <h2 class="step-title" tabIndex={-1}>
        {title}
      </h2>
      <p class="muted">{intro}</p>
      {!disabled && (
        <p class="keys-hint" id={KEYS_HINT}>
          {keys}
        </p>
      )}
      {placed.map(({ question: q, number, own }, i) => (
        <Fragment key={q.id}>
          {i === firstOther && (
            <div class="others-divider">
              <h3>{t('question.othersTitle')}</h3>
              <p class="muted">{t('question.othersIntro')}</p>
            </div>
          )}
          <QuestionField
            question={q}
            number={number}
            {...(disabled ? {} : { keysHint: KEYS_HINT })}
            value={answers[q.id]}
            disabled={disabled}
            {...(special ? { special } : {})}
            onChange={(v) => onAnswer(q.id, v)}
            {...(onNote
              ? { note: notes?.[q.id], onNote: (text: string) => onNote(q.id, text), onNoteDone }
              : {})}
            {...(onHandOn
              ? { handedOn: handedOn?.includes(q.id) ?? false, onHandOn: (on: boolean) => onHandOn(q.id, on) }
              : {})}
            {...(!own && audienceNote && q.audience ? { audienceNote: audienceNote(q.audience) } : {})}
          />
        </Fragment>
      ))}
    </section>
  );
};
