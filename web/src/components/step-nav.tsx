import type { AnswerValue } from '../../../functions/contract/answers';
import { roleFirst } from '../../../functions/core/questionnaire/route';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';

type Dimension = QuestionnaireDocument['dimensions'][number];

/** Moves to a question after its step has rendered: scrolled into view, focus on its first choice. */
export const focusQuestion = (questionId: string) => {
  const tryFocus = (left: number) => {
    const field = document.getElementById(`q-${questionId}`);
    if (!field) {
      if (left > 0) setTimeout(() => tryFocus(left - 1), 30);
      return;
    }
    field.scrollIntoView({ block: 'center' });
    (
      field.querySelector<HTMLInputElement>('input:checked') ?? field.querySelector<HTMLInputElement>('input')
    )?.focus({ preventScroll: true });
  };
  setTimeout(() => tryFocus(20), 0);
};

const NONE: readonly string[] = [];

/**
 * One chip per section with its progress; the current one marked. Steps are 1-based (0 is the intro).
 * A question handed on ("not my area") counts as done: the stakeholder has dealt with it.
 */
export const SectionChips = ({
  dimensions,
  answers,
  current,
  onGo,
  handedOn = NONE,
}: {
  dimensions: Dimension[];
  answers: Record<string, AnswerValue>;
  current: number;
  onGo: (step: number) => void;
  handedOn?: readonly string[];
}) => (
  <nav aria-label={t('steps.sections')} class="chips">
    <ol>
      {dimensions.map((d, i) => {
        const passed = d.questions.filter(
          (q) => answers[q.id] === undefined && handedOn.includes(q.id),
        ).length;
        const done = d.questions.filter((q) => answers[q.id] !== undefined).length + passed;
        const complete = done === d.questions.length;
        return (
          <li key={d.id}>
            <button
              type="button"
              class={`chip${complete ? ' chip-done' : done > 0 ? ' chip-some' : ''}`}
              aria-current={current === i + 1 ? 'step' : undefined}
              onClick={() => onGo(i + 1)}
              title={d.name}
            >
              <span aria-hidden="true">{complete ? '✓' : i + 1}</span>
              <span class="sr-only">
                {t('steps.chipDone', { section: d.name, done, total: d.questions.length, handedOn: passed })}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  </nav>
);

/**
 * The questions still open (neither answered nor handed on), each a link to its place, grouped by
 * section and numbered as the section shows them (role-first when a role is given).
 */
export const UnansweredList = ({
  dimensions,
  answers,
  onGo,
  handedOn = NONE,
  stakeholderRole,
}: {
  dimensions: Dimension[];
  answers: Record<string, AnswerValue>;
  onGo: (step: number, questionId: string) => void;
  handedOn?: readonly string[];
  stakeholderRole?: string;
}) => {
  const open = dimensions.flatMap((d, i) =>
    roleFirst(d.questions, stakeholderRole)
      .map(({ question: q, number }) => ({ d, q, n: number - 1, step: i + 1 }))
      .filter(({ q }) => answers[q.id] === undefined && !handedOn.includes(q.id)),
  );
  if (open.length === 0) return null;
  return (
    <div class="callout callout-warn unanswered" role="note" aria-labelledby="unanswered-title">
      <h3 id="unanswered-title">{t('steps.stillOpen', { open: open.length })}</h3>
      <p>{t('steps.goOn')}</p>
      <ul>
        {open.map(({ d, q, n, step }) => (
          <li key={q.id}>
            <a
              href={`#q-${q.id}`}
              onClick={(e) => {
                e.preventDefault();
                onGo(step, q.id);
              }}
            >
              {t('steps.question', { section: d.name, n: n + 1 })}
            </a>
            : <span class="muted">{q.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
};
