import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Answers } from '../../../functions/contract/answers';
import { minutesLeft } from '../../../functions/core/questionnaire/reading-time';
import { getModel, type QuestionnaireDocument } from '../api/client';
import { withEditionThree } from '../components/context-fields-3';
import { type ContextDraft, validateContext } from '../components/context-form';
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { OrganisationStep } from '../components/quick-check/organisation-step';
import { QuickCheckResult } from '../components/quick-check/quick-check-result';
import { questionsOf, resultFragment } from '../components/quick-check/result-address';
import { type Cleared, forget, takeCleared } from '../components/quick-check/start-over';
import { StartOver, UndoToast } from '../components/quick-check/undo-toast';
import { type RatesDraft, ratesOf, validateRates } from '../components/rates-fields';
import { focusQuestion, SectionChips, UnansweredList } from '../components/step-nav';
import { useStored } from '../components/use-stored';
import { language, t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import { readingDevice } from '../lib/device';
import { useTitle } from '../lib/page';

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
  const [rates, setRates] = useStored<RatesDraft>('quick-check.rates', {});
  const [storedStep, setStep] = useStored<number>('quick-check.step', 0);
  const [checked, setChecked] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [cleared, setCleared] = useState<Cleared | null>(takeCleared);
  const steps = model.dimensions.length + 1;
  const step = Math.min(Math.max(0, Math.trunc(Number(storedStep) || 0)), steps - 1);
  useFocusStepTitle(step, reviewing);
  const dimension = step > 0 ? model.dimensions[step - 1] : undefined;
  useTitle(dimension ? t('quick.stepTitle', { section: dimension.name }) : t('quick.orgStepTitle'));

  const answeredCount = questionsOf(model).filter((q) => answers[q.id] !== undefined).length;
  const totalQuestions = questionsOf(model).length;
  const errors = { ...validateContext(model.context, context, checked), ...validateRates(rates, checked) };
  const hasStarted = answeredCount > 0 || Object.keys(context).length > 0;

  const go = (n: number) => {
    setReviewing(false);
    setStep(n);
    window.scrollTo(0, 0);
  };
  const next = () => {
    if (step === 0) {
      const all = validateContext(model.context, context, true);
      const wrongRates = Object.keys(validateRates(rates));
      if (Object.keys(all).length > 0 || wrongRates.length > 0) {
        setChecked(true);
        const first = withEditionThree(model.context).find((f) => all[`context.${f.id}`]);
        const id = first ? `ctx-${first.id}` : wrongRates[0]?.replace('.', '-');
        if (id) document.getElementById(id)?.focus();
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
    route(`/quick-check/result${resultFragment(model, context, answers, ratesOf(rates))}`);
  };
  // Start over clears at once and offers Undo until something new is entered: nothing is asked
  // first, and nothing is lost to a stray tap.
  const startOver = () => {
    setCleared({ context, answers, step, rates });
    forget();
    setContext({});
    setAnswers({});
    setRates({});
    setChecked(false);
    go(0);
  };
  const undo = () => {
    if (!cleared) return;
    setContext(cleared.context);
    setAnswers(cleared.answers);
    setRates(cleared.rates ?? {});
    setCleared(null);
    go(cleared.step);
  };
  const offerUndo = cleared !== null && !hasStarted;

  return (
    <div class="wizard">
      <UndoToast
        answered={
          offerUndo ? questionsOf(model).filter((q) => cleared.answers[q.id] !== undefined).length : null
        }
        onUndo={undo}
        onDismiss={() => setCleared(null)}
      />
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
        <OrganisationStep
          model={model}
          context={context}
          onChange={setContext}
          errors={errors}
          checked={checked}
          rates={rates}
          onRates={setRates}
        />
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
      {hasStarted && <StartOver onStartOver={startOver} />}
    </div>
  );
};
