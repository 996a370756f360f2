import { useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../../functions/contract/context';
import type { Maturity } from '../../../../functions/contract/result';
import { recommend } from '../../../../functions/core/evaluate';
import { QUESTIONNAIRE } from '../../../../functions/core/questionnaire';
import { msg } from '../../../../functions/core/say';
import { t } from '../../i18n';
import { useEngineSay } from '../../i18n/engine';
import { ChoiceFields, CountField } from '../what-if-fields';

/** The option comparison with a live what-if, run in the browser by the same pure engine. */
export const WhatIf = ({ context: real, maturity }: { context: OrganisationContext; maturity: Maturity }) => {
  const [context, setContext] = useState(real);
  // The engine speaks as the report around it does: in the reader's language once loaded.
  const say = useEngineSay();
  const outcome = useMemo(
    () => recommend(QUESTIONNAIRE, context, maturity, { say }),
    [context, maturity, say],
  );
  const { pmo } = outcome;
  const set = (patch: Partial<OrganisationContext>) => setContext({ ...context, ...patch });
  const changed = JSON.stringify(context) !== JSON.stringify(real);
  return (
    <section aria-labelledby="what-if-title" class="compare">
      <h2 id="what-if-title">{t('whatIf.title')}</h2>
      <fieldset class="what-if">
        <legend>{t('whatIf.legend')}</legend>
        <div class="context-form">
          <CountField
            field="concurrentProjects"
            label="compare.projects"
            min={0}
            context={context}
            set={set}
          />
          <ChoiceFields context={context} set={set} />
        </div>
        {changed && (
          <button type="button" onClick={() => setContext(real)}>
            {t('whatIf.back')}
          </button>
        )}
      </fieldset>
      <p class="verdict" role="status" aria-live="polite">
        <strong>
          {pmo.needed && pmo.model
            ? t('whatIf.recommendation', {
                model: say(msg(`modelName.${pmo.model}`)),
                sourcing: pmo.sourcing ? t(`sourcing.${pmo.sourcing}`) : '',
              })
            : t('whatIf.noPmo')}
        </strong>{' '}
        {t(changed ? 'whatIf.needPointsChanged' : 'compare.needPoints', { score: pmo.need.score })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section class="table-scroll" tabIndex={0} aria-label={t('whatIf.scrollable')}>
        <table class="data">
          <caption>{t('whatIf.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('whatIf.model')}</th>
              <th scope="col">{t('compare.control')}</th>
              <th scope="col">{t('compare.fit')}</th>
              <th scope="col">{t('compare.why')}</th>
            </tr>
          </thead>
          <tbody>
            {pmo.fit.map((f) => (
              <tr key={f.model}>
                <th scope="row">
                  {pmo.model === f.model && pmo.needed
                    ? t('whatIf.recommendedModel', { name: say(msg(`modelName.${f.model}`)) })
                    : say(msg(`modelName.${f.model}`))}
                </th>
                <td>{say(msg(`control.${f.control}`))}</td>
                <td>{f.score}/100</td>
                <td>{f.reasons.slice(0, 2).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
};
