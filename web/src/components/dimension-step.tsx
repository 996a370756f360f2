import { useEffect } from 'preact/hooks';
import type { AnswerValue } from '../../../functions/contract/answers';
import type { QuestionnaireDocument } from '../api/client';
import { QuestionField } from './question-field';

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
}

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
}: Props) => (
  <section>
    <h2 class="step-title" tabIndex={-1}>
      {title}
    </h2>
    <p class="muted">{intro}</p>
    {dimension.questions.map((q, i) => (
      <QuestionField
        key={q.id}
        question={q}
        number={i + 1}
        value={answers[q.id]}
        disabled={disabled}
        {...(special ? { special } : {})}
        onChange={(v) => onAnswer(q.id, v)}
        {...(onNote ? { note: notes?.[q.id], onNote: (text: string) => onNote(q.id, text), onNoteDone } : {})}
      />
    ))}
  </section>
);
