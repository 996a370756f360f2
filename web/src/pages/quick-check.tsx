import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Answers, AnswerValue } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { minutesLeft } from '../../../functions/core/questionnaire/reading-time';
import { ApiFailure, getModel, type QuestionnaireDocument, quickCheck, type Result } from '../api/client';
import { createAssessment } from '../api/consultant';
import { type ContextDraft, ContextForm, validateContext } from '../components/context-form';
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { ResultView } from '../components/result-view';
import { ShareLink } from '../components/share-result';
import { focusQuestion, SectionChips, UnansweredList } from '../components/step-nav';
import { useStored } from '../components/use-stored';
import { language, t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import { readingDevice } from '../lib/device';
import { useTitle } from '../lib/page';
import { session } from '../session';

const STORED = ['context', 'answers', 'step'].map((k) => `quick-check.${k}`);
const questionsOf = (model: QuestionnaireDocument) => model.dimensions.flatMap((d) => d.questions);

/** One character per question in questionnaire order: 1–5, d (don't know), n (not applicable), - (open). */
const encodeAnswers = (model: QuestionnaireDocument, answers: Answers): string =>
  questionsOf(model)
    .map((q) => {
      const v = answers[q.id];
      return v === undefined ? '-' : v === 'dont-know' ? 'd' : v === 'n/a' ? 'n' : String(v);
    })
    .join('');

const decodeAnswers = (model: QuestionnaireDocument, code: string): Answers => {
  const out: Record<string, AnswerValue> = {};
  questionsOf(model).forEach((q, i) => {
    const c = code[i];
    if (c && c >= '1' && c <= '5') out[q.id] = Number(c);
    else if (c === 'd') out[q.id] = 'dont-know';
    else if (c === 'n') out[q.id] = 'n/a';
  });
  return out as Answers;
};

/**
 * The result's own address: the edition, the context as named fields and the answers as one short
 * code, so a reload, a bookmark or a shared link shows the same result without storing anything. It
 * sits in the fragment, which browsers never send to a server, so no access log holds anyone's answers.
 */
export const resultFragment = (
  model: QuestionnaireDocument,
  context: ContextDraft,
  answers: Answers,
): string => {
  const q = new URLSearchParams({ v: model.version });
  for (const f of model.context) {
    const v = context[f.id as keyof ContextDraft];
    if (v !== undefined && v !== '') q.set(f.id, String(v));
  }
  q.set('a', encodeAnswers(model, answers));
  return `#${q}`;
};

/** Reads a result address back; values are checked by the API like any other input. */
const readFragment = (model: QuestionnaireDocument, fragment: string) => {
  const q = new URLSearchParams(fragment.replace(/^#/, ''));
  const context: ContextDraft = {};
  for (const f of model.context) {
    const v = q.get(f.id);
    if (v === null || v === '') continue;
    context[f.id as keyof ContextDraft] =
      f.kind === 'integer' || f.kind === 'number' ? Number(v) : f.kind === 'boolean' ? v === 'true' : v;
  }
  return { edition: q.get('v'), context, answers: decodeAnswers(model, q.get('a') ?? '') };
};

/** A result address as resultFragment writes it: an edition and one character per question. */
const wellFormed = (model: QuestionnaireDocument, fragment: string): boolean => {
  const q = new URLSearchParams(fragment.replace(/^#/, ''));
  const code = q.get('a') ?? '';
  return !!q.get('v') && code.length === questionsOf(model).length && /^[1-5dn-]*$/.test(code);
};

const forget = () => {
  for (const k of STORED) localStorage.removeItem(k);
};

/** What "Start over" cleared, kept in memory so one tap on Undo brings it all back. */
interface Cleared {
  context: ContextDraft;
  answers: Answers;
  step: number;
}
/** Handed from the result page to the wizard it opens, so Undo is offered there too. */
let clearedOnResult: Cleared | null = null;

/** Creates a client assessment from the quick check's context, asking for the client's name inline. */
const ToAssessment = ({ context }: { context: ContextDraft }) => {
  const { route } = useLocation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('quick.toAssessment')}
      </button>
    );
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          const created = await createAssessment({
            clientName: name,
            context: context as OrganisationContext,
          });
          route(`/assessments/${created.id}`);
        } catch (err) {
          setError(err instanceof ApiFailure ? err.message : String(err));
          setBusy(false);
        }
      }}
    >
      <div class="field">
        <label for="to-assessment-name">{t('quick.clientName')}</label>
        <input
          id="to-assessment-name"
          required
          maxLength={200}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'to-assessment-error' : undefined}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        {error && (
          <small id="to-assessment-error" class="error">
            {error}
          </small>
        )}
      </div>
      <div class="toolbar">
        <button type="submit" class="primary" disabled={busy}>
          {t('quick.create')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('quick.cancel')}
        </button>
      </div>
    </form>
  );
};

/** What to do with the result: share or save it, compare the options, or run it with the team. */
const NextActions = ({ link, context }: { link: string; context: ContextDraft }) => (
  <div class="next-actions no-print">
    <div class="toolbar">
      <ShareLink url={link} title={t('quick.shareTitle')} />
      <a class="button" href="/compare">
        {t('quick.compare')}
      </a>
    </div>
    <p>
      <strong>{t('quick.teamTitle')}</strong> {t('quick.teamText')}
    </p>
    {session.value ? (
      <ToAssessment context={context} />
    ) : (
      <a class="button" href="/sign-in">
        {t('quick.signIn')}
      </a>
    )}
  </div>
);

/** The scored result at its own address: reloading or sharing the link shows it again. */
const QuickCheckResult = ({ model }: { model: QuestionnaireDocument }) => {
  const { route, url } = useLocation();
  // preact-iso tracks the path; the fragment is read from the address itself (re-read on every route).
  const [fragment, setFragment] = useState(() => (typeof location !== 'undefined' ? location.hash : ''));
  // The address may change without a route (a pasted link, the back button between two results).
  useEffect(() => {
    const read = () => setFragment(location.hash);
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [url]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { edition, context, answers } = readFragment(model, fragment);
  const outdated = edition !== null && edition !== model.version;
  const reading = language.value;
  useTitle(t('quick.resultTitle'));
  useEffect(() => {
    if (outdated) return;
    // A mangled address (cut short, hand-edited) is said to be one at once, without asking the API.
    if (!wellFormed(model, fragment)) {
      setError(t('quick.badLink'));
      return;
    }
    setError(null);
    quickCheck({ context: context as OrganisationContext, answers }).then(
      (r) => {
        setResult(r);
        localStorage.setItem('quick-check.last', JSON.stringify({ context, maturity: r.maturity }));
      },
      (e: unknown) =>
        setError(e instanceof ApiFailure && e.status === 400 ? t('quick.badLink') : t('quick.cannotScore')),
    );
  }, [fragment, reading, attempt]);
  const startOver = () => {
    forget();
    clearedOnResult = { context, answers, step: model.dimensions.length };
    route('/quick-check');
  };
  const change = () => {
    localStorage.setItem('quick-check.context', JSON.stringify(context));
    localStorage.setItem('quick-check.answers', JSON.stringify(answers));
    localStorage.setItem('quick-check.step', JSON.stringify(model.dimensions.length));
    route('/quick-check');
  };
  if (outdated || error)
    return (
      <div class="state state-error" role="alert">
        <h1>{t('quick.cannotShow')}</h1>
        <p>{outdated ? t('quick.outdated', { edition: edition ?? '' }) : error}</p>
        <p class="toolbar">
          {!outdated && (
            <button type="button" class="primary" onClick={() => setAttempt(attempt + 1)}>
              {t('quick.retry')}
            </button>
          )}
          <button type="button" onClick={change}>
            {t('quick.change')}
          </button>
          <button type="button" onClick={startOver}>
            {t('quick.startOver')}
          </button>
        </p>
      </div>
    );
  if (!result)
    return (
      <p class="state" aria-busy="true">
        <span class="spinner" aria-hidden="true" /> {t('quick.scoring')}
      </p>
    );
  return (
    <div>
      <div class="toolbar no-print">
        <button type="button" onClick={change}>
          {t('quick.change')}
        </button>
        <div class="toolbar">
          <button type="button" onClick={() => window.print()}>
            {t('quick.print')}
          </button>
          <button type="button" onClick={startOver}>
            {t('quick.startOver')}
          </button>
        </div>
      </div>
      <h1 tabIndex={-1}>{t('quick.resultTitle')}</h1>
      <ResultView
        result={result}
        nextStep={<NextActions link={`${location.origin}/quick-check/result${fragment}`} context={context} />}
      />
    </div>
  );
};

/** The business owner's path: context on its own step, one dimension per step, then the result at its own URL. */
export const QuickCheckPage = () => {
  usePublicTexts();
  const { path } = useLocation();
  const [model, setModel] = useState<QuestionnaireDocument | null>(null);
  const [loadError, setLoadError] = useState(false);
  const reading = language.value;
  useEffect(() => {
    getModel().then(setModel, () => setLoadError(true));
  }, [reading]);
  if (loadError)
    return (
      <div class="state state-error" role="alert">
        <h1>{t('quick.cannotStart')}</h1>
        <p>{t('quick.cannotLoad')}</p>
        <button type="button" class="primary" onClick={() => location.reload()}>
          {t('quick.reload')}
        </button>
      </div>
    );
  if (!model)
    return (
      <p class="state" aria-busy="true">
        <span class="spinner" aria-hidden="true" /> {t('quick.loading')}
      </p>
    );
  return path === '/quick-check/result' ? <QuickCheckResult model={model} /> : <Wizard model={model} />;
};

const Wizard = ({ model }: { model: QuestionnaireDocument }) => {
  const { route } = useLocation();
  const [context, setContext] = useStored<ContextDraft>('quick-check.context', {});
  const [answers, setAnswers] = useStored<Answers>('quick-check.answers', {});
  const [storedStep, setStep] = useStored<number>('quick-check.step', 0);
  const [checked, setChecked] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [cleared, setCleared] = useState<Cleared | null>(() => {
    const handed = clearedOnResult;
    clearedOnResult = null;
    return handed;
  });
  const steps = model.dimensions.length + 1;
  const step = Math.min(Math.max(0, Math.trunc(Number(storedStep) || 0)), steps - 1);
  useFocusStepTitle(step, reviewing);
  const dimension = step > 0 ? model.dimensions[step - 1] : undefined;
  useTitle(dimension ? t('quick.stepTitle', { section: dimension.name }) : t('quick.orgStepTitle'));

  const answeredCount = questionsOf(model).filter((q) => answers[q.id] !== undefined).length;
  const totalQuestions = questionsOf(model).length;
  const errors = validateContext(model.context, context, checked);
  const hasStarted = answeredCount > 0 || Object.keys(context).length > 0;

  const go = (n: number) => {
    setReviewing(false);
    setStep(n);
    window.scrollTo(0, 0);
  };
  const next = () => {
    if (step === 0) {
      const all = validateContext(model.context, context, true);
      if (Object.keys(all).length > 0) {
        setChecked(true);
        const first = model.context.find((f) => all[`context.${f.id}`]);
        if (first) document.getElementById(`ctx-${first.id}`)?.focus();
        return;
      }
    }
    go(step + 1);
  };
  const score = () => {
    if (answeredCount < totalQuestions && !reviewing) {
      setReviewing(true);
      return;
    }
    route(`/quick-check/result${resultFragment(model, context, answers)}`);
  };
  // Start over clears at once and offers Undo until something new is entered: nothing is asked
  // first, and nothing is lost to a stray tap.
  const startOver = () => {
    setCleared({ context, answers, step });
    forget();
    setContext({});
    setAnswers({});
    setChecked(false);
    go(0);
  };
  const undo = () => {
    if (!cleared) return;
    setContext(cleared.context);
    setAnswers(cleared.answers);
    setCleared(null);
    go(cleared.step);
  };
  const offerUndo = cleared !== null && !hasStarted;

  return (
    <div class="wizard">
      {/* A live region that is always there, so the message is heard when it appears. */}
      <div class="undo-toast-region no-print" role="status">
        {offerUndo && (
          <div class="undo-toast">
            <span>
              {t('quick.cleared', {
                answered: questionsOf(model).filter((q) => cleared.answers[q.id] !== undefined).length,
              })}
            </span>
            <button type="button" onClick={undo}>
              {t('quick.undo')}
            </button>
            <button
              type="button"
              class="link"
              onClick={() => setCleared(null)}
              aria-label={t('quick.dismiss')}
            >
              ×
            </button>
          </div>
        )}
      </div>
      <div class="progress">
        <progress max={steps} value={step + 1} aria-label={t('quick.stepLabel', { step: step + 1, steps })} />
        <span>
          {t('quick.progress', {
            // Numbered as the section chips are: the organisation step comes before section 1.
            where:
              step === 0
                ? t('quick.whereOrg')
                : t('quick.whereSection', { section: step, sections: model.dimensions.length }),
            answered: answeredCount,
            total: totalQuestions,
            // The owner rates every question: the honest time of the shared reading-time rules.
            minutes: minutesLeft(model, undefined, (id) => answers[id] !== undefined, readingDevice(), {
              servicesDone: true,
            }),
          })}
        </span>
      </div>
      {step > 0 && <SectionChips dimensions={model.dimensions} answers={answers} current={step} onGo={go} />}
      {reviewing ? (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            {t('quick.beforeScoring')}
          </h2>
          <UnansweredList
            dimensions={model.dimensions}
            answers={answers}
            onGo={(n, id) => {
              go(n);
              focusQuestion(id);
            }}
          />
          <p>{t('quick.openCounts')}</p>
        </section>
      ) : step === 0 ? (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            {t('quick.orgTitle')}
          </h2>
          <p>{t('quick.orgIntro')}</p>
          {checked && Object.keys(errors).length > 0 && (
            <p class="error-box" role="alert">
              {t('quick.fixFigures')}
            </p>
          )}
          <ContextForm fields={model.context} value={context} onChange={setContext} errors={errors} />
        </section>
      ) : (
        dimension && (
          <DimensionStep
            dimension={dimension}
            title={dimension.name}
            intro={`${dimension.summary} ${model.answerRule}`}
            special={model.scale.special}
            answers={answers}
            onAnswer={(id, v) => setAnswers({ ...answers, [id]: v })}
          />
        )
      )}
      <div class="wizard-nav">
        {step > 0 ? (
          <button type="button" onClick={() => (reviewing ? setReviewing(false) : go(step - 1))}>
            {t('respond.back')}
          </button>
        ) : (
          <span />
        )}
        {step < steps - 1 ? (
          <button type="button" class="primary" onClick={next}>
            {t('respond.next')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={score}>
            {reviewing ? t('quick.seeAnyway') : t('quick.see')}
          </button>
        )}
      </div>
      {hasStarted && (
        <p class="wizard-aside no-print">
          <button type="button" class="link" onClick={startOver}>
            {t('quick.startOver')}
          </button>
        </p>
      )}
    </div>
  );
};
