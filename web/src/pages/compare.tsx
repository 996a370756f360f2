import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Factor, Maturity } from '../../../functions/contract/result';
import { recommend } from '../../../functions/core/evaluate';
import { PMO_MODELS } from '../../../functions/core/pmo-models';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import { getAssessment, getResults } from '../api/consultant';
import { FactorList } from '../components/fit-comparison';
import { BusinessCase } from '../components/recommendation-details';
import { ScenarioFieldset } from '../components/what-if/scenario-fieldset';
import { ScenarioVerdict } from '../components/what-if/scenario-verdict';
import { useScenario } from '../components/what-if/use-scenario';
import { language, t } from '../i18n';
import { useEngineSay } from '../i18n/engine';
import '../i18n/report';
import { msg } from '../../../functions/core/say';
import './compare.css';

/** Said when shown, so a change of language reaches them. */
const sourcingOptions = () =>
  (['internal', 'outsourced', 'hybrid'] as const).map((id) => ({
    id,
    name: t(`sourcingName.${id}`),
    what: t(`compare.src.${id}.what`),
    speed: t(`compare.src.${id}.speed`),
    ownership: t(`compare.src.${id}.ownership`),
    cost: t(`compare.src.${id}.cost`),
  }));

interface Basis {
  label: string;
  /** The quick check saved in this browser, not an assessment: a link carries only the changes to it. */
  fromQuickCheck?: boolean;
  context: OrganisationContext;
  maturity: Maturity;
}

const loadBasis = async (assessmentId: string | null): Promise<Basis | null> => {
  if (assessmentId) {
    const [a, r] = await Promise.all([getAssessment(assessmentId), getResults(assessmentId)]);
    return r.result ? { label: a.clientName, context: a.context, maturity: r.result.maturity } : null;
  }
  const stored = localStorage.getItem('quick-check.last');
  const last = stored ? (JSON.parse(stored) as Partial<Basis>) : null;
  // A quick check saved by an older version, or damaged, is treated as none.
  return last?.context && last.maturity
    ? {
        label: t('compare.yourQuickCheck'),
        context: last.context,
        maturity: last.maturity,
        fromQuickCheck: true,
      }
    : null;
};

/** Texts of the model profiles that are not translated yet keep their own language attribute. */
const English = ({ children }: { children: ComponentChildren }) => (
  <span lang={language.value === 'en' ? undefined : 'en'}>{children}</span>
);

const profile = (id: string) => PMO_MODELS.find((m) => m.id === id) as (typeof PMO_MODELS)[number];
const sourcing = (id: string) =>
  sourcingOptions().find((s) => s.id === id) as ReturnType<typeof sourcingOptions>[number];

/** A score with the factors behind it, folded away. */
const FitCell = ({ fit }: { fit: { score: number; factors: Factor[] } | undefined }) =>
  fit ? (
    <>
      <strong>{fit.score}/100</strong>
      <details>
        <summary>{t('compare.why')}</summary>
        <FactorList factors={fit.factors} />
      </details>
    </>
  ) : null;

/**
 * Options as columns, aspects as rows; the recommended column is marked in words. On phones the
 * same content is one card per option (the stylesheet shows one or the other), so nothing scrolls
 * sideways.
 */
const SideBySide = ({
  id,
  caption,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  columns: { id: string; name: string; recommended: boolean }[];
  rows: [string, (id: string) => ComponentChildren][];
}) => (
  <>
    {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
    <section class="table-scroll compare-wide" tabIndex={0} aria-label={caption}>
      <table class="data compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">{t('compare.aspect')}</span>
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.id} class={c.recommended ? 'recommended' : ''}>
                {c.name} {c.recommended && <span class="badge">{t('fit.recommended')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map((c) => (
                <td key={c.id}>{cell(c.id)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
    <section class="model-cards" aria-labelledby={`${id}-cards`}>
      <h2 id={`${id}-cards`}>{caption}</h2>
      {columns.map((c) => (
        <article
          key={c.id}
          class={`card${c.recommended ? ' recommended' : ''}`}
          aria-labelledby={`${id}-card-${c.id}`}
        >
          <h3 id={`${id}-card-${c.id}`}>
            {c.name} {c.recommended && <span class="badge">{t('fit.recommended')}</span>}
          </h3>
          <dl>
            {rows.map(([label, cell]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{cell(c.id)}</dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
    </section>
  </>
);

const blockersOf = (fit: { eligible: boolean; blockers: string[] } | undefined) =>
  !fit ? '' : fit.eligible ? '\u2713' : `\u2717 ${fit.blockers.join(' ')}`;

/** Leadership's view: the three models and the sourcing options side by side, with a live what-if. */
export const ComparePage = () => {
  const assessmentId = new URLSearchParams(location.search).get('assessment');
  const [basis, setBasis] = useState<Basis | null | undefined>(undefined);
  useEffect(() => {
    loadBasis(assessmentId).then(setBasis, () => setBasis(null));
  }, [assessmentId]);

  if (basis === undefined) return <p aria-busy="true">{t('compare.loading')}</p>;
  if (!basis) {
    return (
      <section>
        <h1>{t('compare.title')}</h1>
        <p>
          {t('compare.needsResult')} <a href="/quick-check">{t('nav.quickCheck')}</a>
        </p>
      </section>
    );
  }
  return <Comparison basis={basis} />;
};

/** The comparison of one basis: the real figures, a what-if on top of them, and what moved. */
const Comparison = ({ basis }: { basis: Basis }) => {
  const scenario = useScenario(basis.context);
  const say = useEngineSay();
  const real = useMemo(() => recommend(QUESTIONNAIRE, basis.context, basis.maturity, { say }), [basis, say]);
  const outcome = useMemo(
    () => recommend(QUESTIONNAIRE, scenario.context, basis.maturity, { say }),
    [basis, scenario.context, say],
  );
  const { pmo } = outcome;

  return (
    <section class="compare">
      <h1>{t('compare.title')}</h1>
      <p class="muted">
        {t('compare.basedOn', {
          label: basis.label,
          level: basis.maturity.level,
          levelName: basis.maturity.levelName,
          score: basis.maturity.overall,
        })}
      </p>
      {scenario.ignored.length > 0 && (
        <p class="warning">{t('compare.ignoredParams', { names: scenario.ignored })}</p>
      )}

      <div class="scenario">
        <ScenarioFieldset
          scenario={scenario}
          legend={t('compare.whatIf')}
          copied={basis.fromQuickCheck ? t('compare.copiedQuickCheck') : undefined}
        />
        <ScenarioVerdict
          real={real.pmo}
          now={pmo}
          changed={scenario.changed}
          headline={
            pmo.needed && pmo.model
              ? t('compare.recommendation', {
                  model: say(msg(`modelName.${pmo.model}`)),
                  sourcing: pmo.sourcing ? t(`sourcing.${pmo.sourcing}`) : '',
                })
              : t('compare.noPmo')
          }
          extra={pmo.needed && pmo.readiness.stretch ? pmo.readiness.explanation : undefined}
        />
      </div>

      <SideBySide
        id="models"
        caption={t('compare.modelsCaption')}
        columns={PMO_MODELS.map((m) => ({
          id: m.id,
          name: say(msg(`modelName.${m.id}`)),
          recommended: pmo.needed && pmo.model === m.id,
        }))}
        rows={[
          [t('compare.fit'), (id) => <FitCell fit={pmo.fit.find((f) => f.model === id)} />],
          [t('compare.eligible'), (id) => blockersOf(pmo.fit.find((f) => f.model === id))],
          [t('compare.control'), (id) => t(`control.${profile(id).control}`)],
          [t('compare.does'), (id) => <English>{profile(id).does}</English>],
          [
            t('compare.maturityNeeded'),
            (id) =>
              t(profile(id).requiredLevel > basis.maturity.level ? 'compare.levelAbove' : 'compare.levelOk', {
                level: profile(id).requiredLevel,
              }),
          ],
          [t('compare.staffing'), (id) => say(msg(`plan.staffing.${profile(id).id}`))],
          [t('compare.timeToValue'), (id) => <English>{profile(id).timeToValue}</English>],
          [t('compare.prerequisites'), (id) => <English>{profile(id).prerequisites.join('; ')}</English>],
          [t('compare.risks'), (id) => <English>{profile(id).risks.join('; ')}</English>],
        ]}
      />
      <SideBySide
        id="sourcing"
        caption={t('compare.sourcingCaption')}
        columns={sourcingOptions().map((s) => ({
          id: s.id,
          name: s.name,
          recommended: pmo.needed && pmo.sourcing === s.id,
        }))}
        rows={[
          [t('compare.fit'), (id) => <FitCell fit={pmo.sourcingFit.find((f) => f.sourcing === id)} />],
          [t('compare.eligible'), (id) => blockersOf(pmo.sourcingFit.find((f) => f.sourcing === id))],
          [t('compare.how'), (id) => sourcing(id).what],
          [t('compare.speed'), (id) => sourcing(id).speed],
          [t('compare.ownership'), (id) => sourcing(id).ownership],
          [t('compare.cost'), (id) => sourcing(id).cost],
        ]}
      />
      {/* The options side by side first, which is what leadership came for; then the business case. */}
      <BusinessCase pmo={pmo} rollout={outcome.rollout} />
    </section>
  );
};
