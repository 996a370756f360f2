import type { DimensionScore, Kpi, PmoService } from '../../contract/result';
import { type EngineKey, type EngineMessage, msg, type Say } from '../say';
import type { Situation } from '../situation';
import { SERVICE_CATALOGUE } from './catalogue';

/**
 * What the office is measured by: outcomes of delivery with absolute targets first, then at most
 * two maturity measures. Each outcome follows from a service the office runs; targets are values
 * in their own unit, never "the next level". docs/scoring.md, "KPIs".
 */

interface OutcomeRule {
  id: string;
  /** The office runs one of these services. */
  services: readonly string[];
  unit: '%' | 'days';
  /** A year's target for a lasting office (a temporary one aims at the same by its end). */
  target: number;
}

/**
 * Targets are our own, set below what PMI calls "champions" (80 % of projects on time, on budget
 * and meeting their goals) so that a first year can reach them.
 */
export const OUTCOMES: readonly OutcomeRule[] = [
  {
    id: 'on-time',
    services: ['status-reporting', 'programme-controls', 'lean-portfolio', 'project-coordination'],
    unit: '%',
    target: 70,
  },
  { id: 'on-budget', services: ['programme-controls', 'status-reporting'], unit: '%', target: 70 },
  { id: 'forecast-accuracy', services: ['programme-controls'], unit: '%', target: 80 },
  {
    id: 'time-to-decision',
    services: ['portfolio-prioritisation', 'lean-portfolio'],
    unit: 'days',
    target: 20,
  },
  { id: 'staffed-as-planned', services: ['capacity-planning'], unit: '%', target: 80 },
  { id: 'benefits-measured', services: ['benefits-tracking'], unit: '%', target: 60 },
  { id: 'reviews-on-time', services: ['assurance'], unit: '%', target: 90 },
];
export const MAX_OUTCOME_KPIS = 4;
export const MAX_MATURITY_KPIS = 2;

/** A maturity target: at least half a level above today, as a whole level, at most 5. */
export const maturityTarget = (baseline: number): number => Math.min(5, Math.ceil(baseline + 0.5));

const unitKey = (unit: string): EngineKey =>
  unit === 'days' ? 'kpi.unit.days' : unit === '%' ? 'kpi.unit.percent' : 'kpi.unit.level';

const SERVICE_DIMENSIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  SERVICE_CATALOGUE.map((x) => [x.id, x.dimensions]),
);

export const kpisOf = (
  services: readonly PmoService[],
  dimensions: readonly DimensionScore[],
  s: Situation,
  provisional: boolean,
  say: Say,
): Kpi[] => {
  const ids = new Set(services.map((x) => x.id));
  const months = s.horizon === 'temporary' ? (s.horizonMonths ?? 12) : 12;
  const wrap = (m: EngineMessage) => say(provisional ? msg('kpi.provisional', { measure: m }) : m);
  const outcomes: Kpi[] = OUTCOMES.filter((o) => o.services.some((x) => ids.has(x)))
    .slice(0, MAX_OUTCOME_KPIS)
    .map((o) => ({
      name: say(msg(`kpi.outcome.${o.id}` as EngineKey)),
      measure: wrap(msg(`kpi.outcome.${o.id}.measure` as EngineKey, { target: o.target, months })),
      baseline: null,
      target: o.target,
      kind: 'outcome',
      unit: say(msg(unitKey(o.unit))),
    }));
  // The dimensions the office's services build, the widest gap first.
  const built = [...new Set(services.flatMap((x) => SERVICE_DIMENSIONS[x.id] ?? []))]
    .map((id) => dimensions.find((d) => d.id === id))
    .filter((d): d is DimensionScore => d !== undefined && d.score !== null)
    .sort((a, b) => (a.score as number) - (b.score as number))
    .slice(0, MAX_MATURITY_KPIS);
  const maturity: Kpi[] = built.map((d) => {
    const baseline = d.score as number;
    const target = maturityTarget(baseline);
    return {
      name: d.name,
      measure: wrap(
        msg(target <= baseline ? 'kpi.maturity.sustain' : 'kpi.maturity.measure', {
          dimension: d.name,
          target,
          months,
        }),
      ),
      baseline,
      target,
      kind: 'maturity',
      unit: say(msg('kpi.unit.level')),
    };
  });
  return [...outcomes, ...maturity];
};
