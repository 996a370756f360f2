import type { QuestionnaireDocument } from '../../api/client';
import { t } from '../../i18n';
import { type ContextDraft, ContextForm, type validateContext } from '../context-form';
import { type RatesDraft, RatesFields } from '../rates-fields';

/** The first step: the organisation's figures and circumstances, checked before the questions. */
export const OrganisationStep = ({
  model,
  context,
  onChange,
  errors,
  checked,
  rates,
  onRates,
}: {
  model: QuestionnaireDocument;
  context: ContextDraft;
  onChange: (context: ContextDraft) => void;
  rates: RatesDraft;
  onRates: (rates: RatesDraft) => void;
  errors: ReturnType<typeof validateContext>;
  checked: boolean;
}) => (
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
    <ContextForm fields={model.context} value={context} onChange={onChange} errors={errors} />
    <RatesFields value={rates} onChange={onRates} errors={errors} />
  </section>
);
