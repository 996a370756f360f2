import type { Result } from '../api/client';
import { num, t } from '../i18n';
import '../i18n/report';
import { useContextFields, valueText } from './context-labels';
import { DataTable } from './data-table';
import { CostFigures, ExpectationsTable, ReturnsTable } from './office/returns';
import { ServicesTable } from './office/services';

/** How far the evidence carries the result, and the warnings about the context and the answers. */
export const EvidencePanel = ({ evidence, warnings }: Pick<Result, 'evidence' | 'warnings'>) => (
  <section class="evidence" aria-labelledby="evidence-title">
    <h3 id="evidence-title">{t('case.evidence', { status: t(`evidence.${evidence.status}`) })}</h3>
    <ul>
      {evidence.reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
    {warnings.length > 0 && (
      <>
        <h4>{t('case.warnings')}</h4>
        <ul class="warnings">
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      </>
    )}
  </section>
);

/** A KPI's figure in its unit: "80 %", "12 days", "3 of 5". */
const inUnit = (value: number, unit: string) =>
  t('office.target', { target: num(value, Number.isInteger(value) ? 0 : 1), unit }).trim();

/**
 * What a steering committee asks for: action and scope, staffing and the services behind it, yearly
 * and one-off cost against the expected returns, KPIs, stakeholders' expectations, RACI and risks.
 */
export const BusinessCase = ({ pmo, rollout }: { pmo: Result['pmo']; rollout: Result['rollout'] }) => (
  <section class="business-case" aria-labelledby="case-title">
    <h3 id="case-title">{t('case.title')}</h3>
    <p>
      <strong>{t(`action.${pmo.action}`)}</strong>
      {pmo.needed && (
        <> · {pmo.scope === 'programme' ? t('case.scopeProgramme') : t('case.scopeOrganisation')}</>
      )}
    </p>
    <CostFigures pmo={pmo} />
    {pmo.staffing && pmo.staffing.roles.length > 0 && (
      <ul>
        {pmo.staffing.roles.map((r) => (
          <li key={r.role}>{t('case.roleFte', { role: r.role, fte: r.fte })}</li>
        ))}
      </ul>
    )}
    {(pmo.staffing || (pmo.services ?? []).length > 0) && <h4>{t('office.servicesTitle')}</h4>}
    <ServicesTable pmo={pmo} />
    {pmo.cost && (
      <details class="fold">
        <summary>{t('office.costBasis')}</summary>
        <ul class="muted">
          {pmo.cost.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    )}
    {(pmo.cost || (pmo.returns ?? []).length > 0) && <h4>{t('office.returnsTitle')}</h4>}
    <ReturnsTable pmo={pmo} />
    {pmo.kpis.length > 0 && (
      <DataTable
        caption={t('case.kpis')}
        columns={[
          t('case.kpi'),
          t('office.col.kind'),
          t('case.measure'),
          t('case.baseline'),
          t('case.target'),
        ]}
      >
        {pmo.kpis.map((k) => (
          <tr key={k.name}>
            <th scope="row">{k.name}</th>
            <td>{k.kind ? t(`office.kind.${k.kind}`) : '–'}</td>
            <td>{k.measure}</td>
            <td class="num">{k.baseline === null ? t('case.notRated') : inUnit(k.baseline, k.unit ?? '')}</td>
            <td class="num">{inUnit(k.target, k.unit ?? '')}</td>
          </tr>
        ))}
      </DataTable>
    )}
    {(pmo.expectations ?? []).length > 0 && <h4>{t('office.expectationsTitle')}</h4>}
    <ExpectationsTable pmo={pmo} />
    {pmo.raci.length > 0 && (
      <DataTable
        caption={t('case.raci')}
        columns={[
          t('case.service'),
          t('case.responsible'),
          t('case.accountable'),
          t('case.consulted'),
          t('case.informed'),
        ]}
      >
        {pmo.raci.map((r) => (
          <tr key={r.service}>
            <th scope="row">{r.service}</th>
            <td>{r.responsible}</td>
            <td>{r.accountable}</td>
            <td>{r.consulted.join(', ')}</td>
            <td>{r.informed.join(', ')}</td>
          </tr>
        ))}
      </DataTable>
    )}
    {rollout.risks.length > 0 && (
      <>
        <h4>{t('case.risks')}</h4>
        <ul class="risks">
          {rollout.risks.map((r) => (
            <li key={r.risk}>
              <strong>{r.risk}</strong> {t('case.mitigation', { mitigation: r.mitigation })}
            </li>
          ))}
        </ul>
      </>
    )}
  </section>
);

/** The smallest changes of context that would change the recommendation, in the questionnaire's words. */
export const SensitivityList = ({ sensitivity }: { sensitivity: Result['sensitivity'] }) => {
  const fields = useContextFields();
  const field = (id: string) => fields.find((f) => f.id === id);
  // A figure the context left out reads "not given" in the reader's language.
  const value = (id: string, v: string | number | boolean) => {
    const f = field(id);
    return v === 'not given' ? t('case.notGiven') : f ? valueText(f, v) : String(v);
  };
  return (
    <section class="sensitivity" aria-labelledby="sensitivity-title">
      <h3 id="sensitivity-title">{t('case.sensitivityTitle')}</h3>
      {sensitivity.length === 0 ? (
        <p>{t('case.noSensitivity')}</p>
      ) : (
        <DataTable
          caption={t('case.sensitivityTitle')}
          columns={[t('case.factor'), t('case.changeCol'), t('case.effect')]}
          hideCaption
        >
          {sensitivity.map((s) => (
            <tr key={`${s.field}-${String(s.to)}`}>
              <th scope="row">{field(s.field)?.label ?? s.field}</th>
              <td>
                {value(s.field, s.from)} → {value(s.field, s.to)}
              </td>
              <td>{s.effect}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
};
