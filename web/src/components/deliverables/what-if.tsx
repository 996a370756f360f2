import { useMemo } from 'preact/hooks';
import type { OrganisationContext } from '../../../../functions/contract/context';
import type { Maturity } from '../../../../functions/contract/result';
import { recommend } from '../../../../functions/core/evaluate';
import { QUESTIONNAIRE } from '../../../../functions/core/questionnaire';
import { msg } from '../../../../functions/core/say';
import { t } from '../../i18n';
import { useEngineSay } from '../../i18n/engine';
import { ScenarioFieldset } from '../what-if/scenario-fieldset';
import { ScenarioVerdict } from '../what-if/scenario-verdict';
import { useScenario } from '../what-if/use-scenario';

/**
 * The option comparison with a live what-if, run in the browser by the same pure engine: the
 * questionnaire's fields, each change marked against the real figures, the verdict beside them.
 */
export const WhatIf = ({ context: real, maturity }: { context: OrganisationContext; maturity: Maturity }) => {
  const scenario = useScenario(real);
  // The engine speaks as the report around it does: in the reader's language once loaded.
  const say = useEngineSay();
  const base = useMemo(() => recommend(QUESTIONNAIRE, real, maturity, { say }).pmo, [real, maturity, say]);
  const { pmo } = useMemo(
    () => recommend(QUESTIONNAIRE, scenario.context, maturity, { say }),
    [scenario.context, maturity, say],
  );
  return (
    <section aria-labelledby="what-if-title" class="compare">
      <h2 id="what-if-title">{t('whatIf.title')}</h2>
      {scenario.ignored.length > 0 && (
        <p class="warning">{t('compare.ignoredParams', { names: scenario.ignored })}</p>
      )}
      <div class="scenario">
        {/* No scenario link here: this page's address carries the share token, a key to the report. */}
        <ScenarioFieldset scenario={scenario} legend={t('whatIf.legend')} copyable={false} />
        <ScenarioVerdict
          level={3}
          real={base}
          now={pmo}
          changed={scenario.changed}
          headline={
            pmo.needed && pmo.model
              ? t('whatIf.recommendation', {
                  model: say(msg(`modelName.${pmo.model}`)),
                  sourcing: pmo.sourcing ? t(`sourcing.${pmo.sourcing}`) : '',
                })
              : t('whatIf.noPmo')
          }
        />
      </div>
    </section>
  );
};
