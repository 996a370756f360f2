import type { AnswerValue } from '../../../functions/contract/answers';
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

/** One chip per section with its progress; the current one marked. Steps are 1-based (0 is the intro). */
export const SectionChips = ({
  dimensions,
  answers,
  current,
  onGo,
}: {
  dimensions: Dimension[];
  answers: Record<string, AnswerValue>;
  current: number;
  onGo: (step: number) => void;
}) => (
  <nav aria-label={t('steps.sections')} class="chips">
    <ol>
      {dimensions.map((d, i) => {
        const done = d.questions.filter((q) => answers[q.id] !== undefined).length;
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
                {t('steps.chip', { section: d.name, done, total: d.questions.length })}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  </nav>
);

/** The questions still open, each a link to its place, grouped by section. */
export const UnansweredList = ({
  dimensions,
  answers,
  onGo,
}: {
  dimensions: Dimension[];
  answers: Record<string, AnswerValue>;
  onGo: (step: number, questionId: string) => void;
}) => {
  const open = dimensions.flatMap((d, i) =>
    d.questions.map((q, n) => ({ d, q, n, step: i + 1 })).filter(({ q }) => answers[q.id] === undefined),
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
