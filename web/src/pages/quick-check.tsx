import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Answers, AnswerValue } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import {
  ApiFailure,
  createAssessment,
  getModel,
  type QuestionnaireDocument,
  quickCheck,
  type Result,
} from '../api/client';
import { type ContextDraft, ContextForm, validateContext } from '../components/context-form';
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { ResultView } from '../components/result-view';
import { ShareLink } from '../components/share-result';
import { focusQuestion, SectionChips, UnansweredList } from '../components/step-nav';
import { useStored } from '../components/use-stored';
import { useTitle } from '../lib/page';
import { session } from '../session';

const KEYS = ['context', 'answers', 'step'].map((k) => `quick-check.${k}`);

/** One character per question in questionnaire order: 1–5, d(on't know), n(/a), or - when open. */
const encodeAnswers = (model: QuestionnaireDocument, answers: Answers) =>
  model.dimensions
    .flatMap((d) => d.questions)
    .map((q) => {
      const v = answers[q.id];
      return v === undefined ? '-' : v === 'dont-know' ? 'd' : v === 'n/a' ? 'n' : String(v);
    })
    .join('');

const decodeAnswers = (model: QuestionnaireDocument, code: string): Answers => {
  const out: Record<string, AnswerValue> = {};
  model.dimensions
    .flatMap((d) => d.questions)
    .forEach((q, i) => {
      const c = code[i];
      if (c && c >= '1' && c <= '5') out[q.id] = Number(c);
      else if (c === 'd') out[q.id] = 'dont-know';
      else if (c === 'n') out[q.id] = 'n/a';
    });
  return out as Answers;
};

/** The result's own address: the context as named fields, the answers as one short code. */
export const resultSearch = (model: QuestionnaireDocument, context: ContextDraft, answers: Answers) => {
  const q = new URLSearchParams();
  for (const f of model.context) q.set(f.id, String(context[f.id as keyof ContextDraft] ?? ''));
  q.set('a', encodeAnswers(model, answers));
  return `?${q}`;
};

const readSearch = (model: QuestionnaireDocument, search: string) => {
  const q = new URLSearchParams(search);
  const context: ContextDraft = {};
  for (const f of model.context) {
    const v = q.get(f.id);
    if (v !== null && v !== '') context[f.id as keyof ContextDraft] = f.kind === 'integer' ? Number(v) : v;
  }
  return { context, answers: decodeAnswers(model, q.get('a') ?? '') };
};

/** Creates a client assessment from the quick check's context, asking the client's name inline. */
const ToAssessment = ({ context }: { context: ContextDraft }) => {
  const { route } = useLocation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Turn into a team assessment
      </button>
    );
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const created = await createAssessment({
            clientName: name,
            context: context as OrganisationContext,
          });
          route(`/assessments/${created.id}`);
        } catch (err) {
          setError(err instanceof ApiFailure ? err.message : String(err));
        }
      }}
    >
      <div class="field">
        <label for="to-assessment-name">Organisation or client name</label>
        <input
          id="to-assessment-name"
          required
          maxLength={200}
          value={name}
          aria-describedby={error ? 'to-assessment-error' : undefined}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        {error && (
          <small id="to-assessment-error" class="error">
            {error}
          </small>
        )}
      </div>
      <button type="submit" class="primary">
        Create the assessment
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
};

/** The scored result at its own address: reloading or sharing the link shows it again. */
const QuickCheckResult = ({ model }: { model: QuestionnaireDocument }) => {
  const { route, url } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { context, answers } = readSearch(model, search);
  useTitle('Your quick-check result');
  useEffect(() => {
    setResult(null);
    setError(null);
    quickCheck({ context: context as OrganisationContext, answers }).then(
      (r) => {
        setResult(r);
        localStorage.setItem('quick-check.last', JSON.stringify({ context, maturity: r.maturity }));
      },
      (e: unknown) =>
        setError(
          e instanceof ApiFailure && e.status === 400
            ? 'This result link is incomplete: some figures about the organisation are missing or out of range.'
            : 'The result cannot be computed right now. Check your connection and try again.',
        ),
    );
  }, [search]);
  const startOver = () => {
    for (const k of KEYS) localStorage.removeItem(k);
    route('/quick-check');
  };
  const change = () => {
    localStorage.setItem('quick-check.context', JSON.stringify(context));
    localStorage.setItem('quick-check.answers', JSON.stringify(answers));
    localStorage.setItem('quick-check.step', JSON.stringify(model.dimensions.length));
    route('/quick-check');
  };
  if (error)
    return (
      <div class="state state-error" role="alert">
        <h1>The result cannot be shown</h1>
        <p>{error}</p>
        <p class="toolbar">
          <button type="button" class="primary" onClick={() => route(`/quick-check/result${search}`, true)}>
            Try again
          </button>
          <button type="button" onClick={startOver}>
            Start over
          </button>
        </p>
      </div>
    );
  if (!result)
    return (
      <p class="state" aria-busy="true">
        <span class="spinner" aria-hidden="true" /> Scoring your answers…
      </p>
    );
  const link = `${location.origin}/quick-check/result${search}`;
  return (
    <div>
      <div class="toolbar no-print">
        <button type="button" onClick={change}>
          ← Change answers
        </button>
        <div class="toolbar">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" onClick={startOver}>
            Start over
          </button>
        </div>
      </div>
      <h1 tabIndex={-1}>Your quick-check result</h1>
      <ResultView
        result={result}
        nextStep={
          <div class="next-actions no-print">
            <div class="toolbar">
              <ShareLink url={link} title="PMO Blueprint quick-check result" />
              <a class="button" href="/compare">
                Compare the options
              </a>
            </div>
            <p>
              <strong>Run it with your team.</strong> One person's view is a start; a full assessment asks
              executives, managers and project staff, shows where they disagree and hands over a report.
            </p>
            {session.value ? (
              <ToAssessment context={context} />
            ) : (
              <a class="button" href="/sign-in">
                Sign in to run it with your team
              </a>
            )}
          </div>
        }
      />
    </div>
  );
};

/** The business owner's path: context on its own step, one dimension per step, then the result at its own URL. */
export const QuickCheckPage = () => {
  const { path } = useLocation();
  const [model, setModel] = useState<QuestionnaireDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    getModel().then(setModel, () =>
      setLoadError(
        'The questionnaire cannot be loaded right now. Check your connection and reload the page.',
      ),
    );
  }, []);
  if (loadError)
    return (
      <div class="state state-error" role="alert">
        <h1>The quick check cannot start</h1>
        <p>{loadError}</p>
        <button type="button" class="primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  if (!model)
    return (
      <p class="state" aria-busy="true">
        <span class="spinner" aria-hidden="true" /> Loading the questionnaire…
      </p>
    );
  return path === '/quick-check/result' ? <QuickCheckResult model={model} /> : <Wizard model={model} />;
};

const Wizard = ({ model }: { model: QuestionnaireDocument }) => {
  const { route } = useLocation();
  const [context, setContext] = useStored<ContextDraft>('quick-check.context', {});
  const [answers, setAnswers] = useStored<Answers>('quick-check.answers', {});
  const [step, setStep] = useStored<number>('quick-check.step', 0);
  const [checked, setChecked] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  useFocusStepTitle(step, reviewing);
  useTitle(
    step === 0 ? 'Quick check: your organisation' : `Quick check: ${model.dimensions[step - 1]?.name}`,
  );

  const steps = model.dimensions.length + 1;
  const dimension = step > 0 ? model.dimensions[step - 1] : undefined;
  const answeredCount = Object.keys(answers).length;
  const totalQuestions = model.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const errors = validateContext(model.context, context, checked);

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
    route(`/quick-check/result${resultSearch(model, context, answers)}`);
  };

  return (
    <div class="wizard">
      <div class="progress">
        <progress max={steps} value={step + 1} aria-label={`Step ${step + 1} of ${steps}`} />
        <span>
          Step {step + 1} of {steps} · {answeredCount} of {totalQuestions} questions answered · about{' '}
          {Math.max(1, Math.ceil((totalQuestions - answeredCount) * 0.25))} min left
        </span>
      </div>
      {step > 0 && <SectionChips dimensions={model.dimensions} answers={answers} current={step} onGo={go} />}
      {reviewing ? (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            Before scoring
          </h2>
          <UnansweredList
            dimensions={model.dimensions}
            answers={answers}
            onGo={(n, id) => {
              go(n);
              focusQuestion(id);
            }}
          />
        </section>
      ) : step === 0 ? (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            Your organisation
          </h2>
          <p>
            A few facts about your organisation decide, together with your answers, whether a PMO pays off and
            which kind.
          </p>
          {checked && Object.keys(errors).length > 0 && (
            <p class="error-box" role="alert">
              Some figures need a look before the questions start: see the fields marked below.
            </p>
          )}
          <ContextForm fields={model.context} value={context} onChange={setContext} errors={errors} />
        </section>
      ) : (
        dimension && (
          <DimensionStep
            dimension={dimension}
            title={dimension.name}
            intro={`${dimension.summary} Pick the description that is true today.`}
            answers={answers}
            onAnswer={(id, v) => setAnswers({ ...answers, [id]: v })}
          />
        )
      )}
      <div class="wizard-nav">
        {step > 0 ? (
          <button type="button" onClick={() => (reviewing ? setReviewing(false) : go(step - 1))}>
            ← Back
          </button>
        ) : (
          <span />
        )}
        {step < steps - 1 ? (
          <button type="button" class="primary" onClick={next}>
            Next →
          </button>
        ) : (
          <button type="button" class="primary" onClick={score}>
            {reviewing ? 'See my result anyway' : 'See my result'}
          </button>
        )}
      </div>
    </div>
  );
};
