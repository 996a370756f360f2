import type { Result } from '../api/client';

const ACTION_TEXT: Record<Result['pmo']['action'], string> = {
  none: 'No office to set up',
  establish: 'Establish a new PMO',
  evolve: 'Evolve the existing PMO',
  keep: 'Keep the existing PMO',
  reset: 'Reset the existing PMO',
};

const number = (n: number) => n.toLocaleString('en-GB');

/** How far the evidence carries the result, and the warnings about the context and the answers. */
export const EvidencePanel = ({ evidence, warnings }: Pick<Result, 'evidence' | 'warnings'>) => (
  <section class="evidence" aria-labelledby="evidence-title">
    <h3 id="evidence-title">Evidence: {evidence.status}</h3>
    <ul>
      {evidence.reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
    {warnings.length > 0 && (
      <>
        <h4>Warnings</h4>
        <ul class="warnings">
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      </>
    )}
  </section>
);

/** What a steering committee asks for: action, scope, staffing, cost, KPIs, RACI and rollout risks. */
export const BusinessCase = ({ pmo, rollout }: { pmo: Result['pmo']; rollout: Result['rollout'] }) => (
  <section class="business-case" aria-labelledby="case-title">
    <h3 id="case-title">Business case</h3>
    <p>
      <strong>{ACTION_TEXT[pmo.action]}</strong>
      {pmo.needed && <> · scope: {pmo.scope === 'programme' ? 'one programme' : 'the whole organisation'}</>}
    </p>
    {pmo.staffing && (
      <>
        <h4>Staffing</h4>
        <p>
          {pmo.staffing.fte.min}–{pmo.staffing.fte.max} full-time equivalents
        </p>
        <ul>
          {pmo.staffing.roles.map((r) => (
            <li key={r.role}>
              {r.role}: {r.fte} FTE
            </li>
          ))}
        </ul>
      </>
    )}
    {pmo.cost && (
      <>
        <h4>Yearly cost</h4>
        <p>
          {number(pmo.cost.annual.min)}–{number(pmo.cost.annual.max)} {pmo.cost.currency}
        </p>
        <ul class="muted">
          {pmo.cost.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </>
    )}
    {pmo.kpis.length > 0 && (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
      <section class="table-scroll" tabIndex={0} aria-label="KPIs for the PMO">
        <table class="data">
          <caption>KPIs for the PMO</caption>
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">Measure</th>
              <th scope="col">Baseline</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {pmo.kpis.map((k) => (
              <tr key={k.name}>
                <th scope="row">{k.name}</th>
                <td>{k.measure}</td>
                <td>{k.baseline === null ? 'not rated' : k.baseline.toFixed(2)}</td>
                <td>{k.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    )}
    {pmo.raci.length > 0 && (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
      <section class="table-scroll" tabIndex={0} aria-label="Who does what (RACI)">
        <table class="data">
          <caption>Who does what (RACI)</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Responsible</th>
              <th scope="col">Accountable</th>
              <th scope="col">Consulted</th>
              <th scope="col">Informed</th>
            </tr>
          </thead>
          <tbody>
            {pmo.raci.map((r) => (
              <tr key={r.service}>
                <th scope="row">{r.service}</th>
                <td>{r.responsible}</td>
                <td>{r.accountable}</td>
                <td>{r.consulted.join(', ')}</td>
                <td>{r.informed.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    )}
    {rollout.risks.length > 0 && (
      <>
        <h4>Rollout risks</h4>
        <ul class="risks">
          {rollout.risks.map((r) => (
            <li key={r.risk}>
              <strong>{r.risk}</strong> Mitigation: {r.mitigation}
            </li>
          ))}
        </ul>
      </>
    )}
  </section>
);

/** The smallest changes of context that would change the recommendation. */
export const SensitivityList = ({ sensitivity }: { sensitivity: Result['sensitivity'] }) => (
  <section class="sensitivity" aria-labelledby="sensitivity-title">
    <h3 id="sensitivity-title">What would change the recommendation</h3>
    {sensitivity.length === 0 ? (
      <p>No single change of context nearby changes the verdict, the model or the sourcing.</p>
    ) : (
      <ul>
        {sensitivity.map((s) => (
          <li key={`${s.field}-${String(s.to)}`}>
            {s.field}: {String(s.from)} → {String(s.to)} changes {s.effect}
          </li>
        ))}
      </ul>
    )}
  </section>
);
