import type { PmoReturn, PmoService } from '../../contract/result';
import { thousand } from '../numbers';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { HOURS_PER_FTE } from './catalogue';

/**
 * What the office is expected to return each year, beside what it costs, each with the
 * assumption a steering committee can challenge. docs/scoring.md, "Expected returns".
 */

/** Share of project investment wasted through poor performance (PMI Pulse 2018: 9.9 %; 2020: 11.4 %). */
export const WASTE_SHARE = 0.1;
/**
 * Share of that waste an office's controls and reporting avoid in its first years: our own,
 * cautious figure, well below the 25–30 % fewer failed projects that offices report about
 * themselves (PM Solutions, State of the PMO 2010–2014, self-reported).
 */
export const WASTE_AVOIDED = { min: 0.1, max: 0.2 };
/** Hours a week each project manager saves with shared templates, reporting and tools (our assumption). */
export const HOURS_SAVED_PER_PM = { min: 1, max: 2 };
export const WORKING_WEEKS = 44;
/**
 * An office is credited with at most this many times its own yearly cost in avoided overruns: the
 * rest of a portfolio's waste is the projects' to avoid, not the office's (our judgement).
 */
export const MAX_RETURN_MULTIPLE = 3;

const CONTROLS = [
  'status-reporting',
  'programme-controls',
  'assurance',
  'lean-portfolio',
  'project-coordination',
];
const CAPACITY = ['standards', 'tooling', 'coaching', 'status-reporting'];
const DECISIONS = ['portfolio-prioritisation', 'lean-portfolio'];

export const returnsOf = (
  services: readonly PmoService[],
  s: Situation,
  internalDayRate: number,
  currency: string,
  say: Say,
  /** The office's yearly cost range: what its returns are weighed against. */
  officeCost: { min: number; max: number } = { min: Number.POSITIVE_INFINITY, max: Number.POSITIVE_INFINITY },
  /** The recommended staffing, weighed against the office in place. */
  officeFte?: { min: number; max: number },
): PmoReturn[] => {
  const capped = (x: number, cost: number) => thousand(Math.min(x, MAX_RETURN_MULTIPLE * cost));
  const has = (ids: readonly string[]) => services.some((x) => ids.includes(x.id));
  const out: PmoReturn[] = [];
  const spend = s.annualProjectBudget;
  if (has(CONTROLS))
    out.push({
      id: 'overruns-avoided',
      benefit: say(msg('returns.overruns')),
      annual:
        spend !== undefined && spend > 0
          ? {
              min: capped(spend * WASTE_SHARE * WASTE_AVOIDED.min, officeCost.min),
              max: capped(spend * WASTE_SHARE * WASTE_AVOIDED.max, officeCost.max),
            }
          : null,
      assumption: say(
        msg(spend !== undefined && spend > 0 ? 'returns.overruns.assumption' : 'returns.overruns.noSpend', {
          waste: WASTE_SHARE * 100,
          min: WASTE_AVOIDED.min * 100,
          max: WASTE_AVOIDED.max * 100,
          multiple: MAX_RETURN_MULTIPLE,
        }),
      ),
    });
  if (has(CAPACITY) && s.projectManagers > 0) {
    const hourRate = internalDayRate / (HOURS_PER_FTE / 5);
    out.push({
      id: 'capacity-freed',
      benefit: say(msg('returns.capacity')),
      annual: {
        min: thousand(s.projectManagers * HOURS_SAVED_PER_PM.min * WORKING_WEEKS * hourRate),
        max: thousand(s.projectManagers * HOURS_SAVED_PER_PM.max * WORKING_WEEKS * hourRate),
      },
      assumption: say(
        msg('returns.capacity.assumption', {
          pms: s.projectManagers,
          min: HOURS_SAVED_PER_PM.min,
          max: HOURS_SAVED_PER_PM.max,
          weeks: WORKING_WEEKS,
          rate: Math.round(hourRate),
          currency,
        }),
      ),
    });
  }
  // A smaller office than the one in place releases the difference every year.
  const inPlace = s.existingPmo !== 'none' ? s.existingPmoFte : undefined;
  if (inPlace !== undefined && officeFte !== undefined && officeFte.max < inPlace) {
    const perFte = internalDayRate * 220;
    out.push({
      id: 'cost-released',
      benefit: say(msg('returns.released')),
      annual: {
        min: thousand((inPlace - officeFte.max) * perFte),
        max: thousand((inPlace - officeFte.min) * perFte),
      },
      assumption: say(
        msg('returns.released.assumption', { existing: inPlace, rate: internalDayRate, currency }),
      ),
    });
  }
  if (has(DECISIONS))
    out.push({
      id: 'time-to-decision',
      benefit: say(msg('returns.decisions')),
      annual: null,
      assumption: say(msg('returns.decisions.assumption')),
    });
  return out;
};
