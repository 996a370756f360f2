import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import {
  ApiFailure,
  createAssessment,
  getModel,
  type QuestionnaireDocument,
  quickCheck,
  type Result,
} from '../api/client';
import { type ContextDraft, ContextForm, isContextComplete } from '../components/context-form';
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { ResultView } from '../components/result-view';
import { useStored } from '../components/use-stored';
import { t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import { session } from '../session';

/** The business owner's path: context, one dimension per step, then the result at once. */
export const QuickCheckPage = () => {
  usePublicTexts();
  const { route } = useLocation();
  const [model, setModel] = useState<QuestionnaireDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [context, setContext] = useStored<ContextDraft>('quick-check.context', {});
  const [answers, setAnswers] = useStored<Answers>('quick-check.answers', {});
  const [step, setStep] = useStored<number>('quick-check.step', 0);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    getModel().then(setModel, (e: Error) => setLoadError(e.message));
  }, []);

  useFocusStepTitle(step, result);

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!model) return <p aria-busy="true">{t('quick.loading')}</p>;

  const steps = model.dimensions.length + 1;
  const dimension = step > 0 ? model.dimensions[step - 1] : undefined;
  const answeredCount = Object.keys(answers).length;
  const totalQuestions = model.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const errors = Object.fromEntries((error?.issues ?? []).map((i) => [i.path, i.message]));

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await quickCheck({ context: context as OrganisationContext, answers });
      setResult(r);
      localStorage.setItem('quick-check.last', JSON.stringify({ context, maturity: r.maturity }));
    } catch (e) {
      setError(e instanceof ApiFailure ? e : new ApiFailure(0, 'unknown', String(e)));
      if (e instanceof ApiFailure && e.issues.some((i) => i.path.startsWith('context.'))) setStep(0);
    } finally {
      setBusy(false);
    }
  };

  const toAssessment = async () => {
    const clientName = prompt(t('quick.clientPrompt'));
    if (!clientName) return;
    try {
      const created = await createAssessment({ clientName, context: context as OrganisationContext });
      route(`/assessments/${created.id}`);
    } catch (e) {
      setError(e instanceof ApiFailure ? e : new ApiFailure(0, 'unknown', String(e)));
    }
  };

  if (result) {
    return (
      <div>
        <div class="toolbar no-print">
          <button type="button" onClick={() => setResult(null)}>
            {t('quick.change')}
          </button>
          <div class="toolbar">
            <a class="button" href="/compare">
              {t('quick.compare')}
            </a>
            <button type="button" onClick={() => window.print()}>
              {t('quick.print')}
            </button>
            {session.value ? (
              <button type="button" onClick={toAssessment}>
                {t('quick.toAssessment')}
              </button>
            ) : (
              <a class="button" href="/sign-in">
                {t('quick.signIn')}
              </a>
            )}
          </div>
        </div>
        <h2 class="step-title" tabIndex={-1}>
          {t('quick.resultTitle')}
        </h2>
        <ResultView result={result} />
      </div>
    );
  }

  return (
    <div class="wizard">
      <nav aria-label={t('respond.progress')} class="progress">
        <progress max={steps} value={step + 1} aria-label={t('quick.stepLabel', { step: step + 1, steps })} />
        <span>
          {t('quick.progress', {
            step: step + 1,
            steps,
            answered: answeredCount,
            total: totalQuestions,
            minutes: Math.max(1, Math.ceil((totalQuestions - answeredCount) * 0.25)),
          })}
        </span>
      </nav>
      {error && (
        <div role="alert" class="error-box">
          {error.message}
        </div>
      )}
      {step === 0 ? (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            {t('quick.orgTitle')}
          </h2>
          <p>{t('quick.orgIntro')}</p>
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
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            {t('respond.back')}
          </button>
        )}
        {step < steps - 1 ? (
          <button
            type="button"
            class="primary"
            disabled={step === 0 && !isContextComplete(model.context, context)}
            onClick={() => setStep(step + 1)}
          >
            {t('respond.next')}
          </button>
        ) : (
          <button type="button" class="primary" disabled={busy} onClick={submit}>
            {busy ? t('quick.scoring') : t('quick.see')}
          </button>
        )}
      </div>
    </div>
  );
};
