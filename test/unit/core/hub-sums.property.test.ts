import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { WASTE_AVOIDED, WASTE_SHARE } from '../../../functions/core/office/returns';
import { hubSpendShare, ORDER_MARGIN_AT_RISK } from '../../../functions/core/office/returns-scope';
import { controlPrerequisiteGap, unitsCarryOffices } from '../../../functions/core/office/units';
import { situationOf } from '../../../functions/core/situation';
import { runs, sampled } from '../../support/sample';
import {
  contextArb,
  evaluated,
  forWhom,
  groupContext,
  groupDraw,
  respondentArb,
  SEED,
  teamArb,
} from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * Round 28: a group's sums and its structure. A hub is credited with the overruns it helps avoid on
 * the portfolio it prioritises or consolidates (returns-scope.ts) and its cost leads with the
 * group's total (group-cost.ts); more units, projects or people never make a hub a central office
 * (change.ts, unitsTooSmall); a customer firm's returns are read on the margin its orders carry.
 */

const team = fc.array(respondentArb, { minLength: 3, maxLength: 4 });
const bounds = {
  employees: [100, 3000],
  projects: [2, 30],
  managers: [1, 10],
  spendPerProject: [100_000, 4_000_000],
} as const;

describe('a group’s hub and its sums', () => {
  it('stays a hub and spoke with more units, projects or people', () => {
    let hubs = 0;
    fc.assert(
      fc.property(
        groupDraw(bounds),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('units', 'split', 'projects', 'employees' as const),
        team,
        (g, more, what, t: Answers[]) => {
          const c = groupContext(g);
          const r = evaluated(c, t);
          if (!r?.pmo.needed || r.pmo.shape !== 'hub-and-spoke') return;
          hubs++;
          // More units of the group's own average size, the same group split into more units, more
          // projects at the same spend each, or more people.
          const spend = (n: number) =>
            c.annualProjectBudget === undefined ? {} : { annualProjectBudget: n * g.spendPerProject };
          const bigger: OrganisationContext =
            what === 'units'
              ? groupContext({ ...g, units: g.units + more })
              : what === 'split'
                ? { ...c, businessUnits: g.units + more }
                : what === 'projects'
                  ? {
                      ...c,
                      concurrentProjects: c.concurrentProjects + more * g.units,
                      ...spend(c.concurrentProjects + more * g.units),
                    }
                  : { ...c, employees: c.employees + more * 100 };
          // The same group split into more units keeps them only while each still carries an office.
          if (what === 'split' && !unitsCarryOffices(situationOf(bigger))) return;
          expect(evaluated(bigger, t)?.pmo.shape, JSON.stringify({ what, more })).toBe('hub-and-spoke');
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
    expect(hubs).toBeGreaterThanOrEqual(sampled(10));
  });

  it('credits a hub with overruns avoided on what it controls, and leads its cost with the group’s total', () => {
    let credited = 0;
    fc.assert(
      fc.property(groupDraw(bounds), team, (g, t: Answers[]) => {
        const c = groupContext(g);
        const r = evaluated(c, t);
        if (!r?.pmo.needed || r.pmo.shape !== 'hub-and-spoke' || !r.pmo.cost) return;
        const spend = c.annualProjectBudget ?? 0;
        const overruns = r.pmo.returns.find((x) => x.id === 'overruns-avoided');
        if (r.pmo.services.some((x) => x.id === 'portfolio-prioritisation')) {
          expect(overruns).toBeDefined();
          credited++;
        }
        if (overruns?.annual)
          expect(overruns.annual.max).toBeLessThanOrEqual(
            spend * WASTE_SHARE * hubSpendShare(c) * WASTE_AVOIDED.max + 1000,
          );
        // The units' own offices stand in the cost, marked as theirs, beside the hub's figures.
        const apart = r.pmo.staffing?.basis.some((x) =>
          x.startsWith('Not in this size or cost: the offices'),
        );
        const total = r.pmo.cost.assumptions.find((x) => x.startsWith('The group in all'));
        expect(total !== undefined, r.pmo.cost.assumptions.join(' | ')).toBe(apart === true);
        if (total) {
          const [min] = (total.match(/[\d,]+(?=–)/) ?? ['0']).map((x) => Number(x.replace(/,/g, '')));
          expect(min).toBeGreaterThan(r.pmo.cost.annual.min);
        }
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(credited).toBeGreaterThanOrEqual(sampled(10));
  });
});

/** A respondent whose practice is mostly initial: every question rated 1 to 3, 1 and 2 most often. */
const lowRespondent = fc
  .array(fc.constantFrom(1, 1, 2, 2, 3), { minLength: ALL_QUESTIONS.length, maxLength: ALL_QUESTIONS.length })
  .map((v) => Object.fromEntries(ALL_QUESTIONS.map((q, i) => [q.id, v[i] as Answers[string]])));

describe('a small centre over many units', () => {
  it('is never a control tower over units with fewer project managers than units, below maturity 2, without the practice it checks', () => {
    let met = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 20 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 200, max: 5000 }),
        fc.integer({ min: 6, max: 60 }),
        fc.boolean(),
        fc.array(lowRespondent, { minLength: 1, maxLength: 3 }),
        (units, managers, employees, projects, regulated, t: Answers[]) => {
          const c: OrganisationContext = {
            employees,
            concurrentProjects: projects,
            projectManagers: Math.min(managers, units - 1),
            pmExpertise: 'basic',
            urgency: 'medium',
            controlAppetite: 'medium',
            resourceContention: 'high',
            horizon: 'lasting',
            existingPmo: 'none',
            businessUnits: units,
            regulated,
          };
          const r = evaluated(c, t);
          if (!r || r.maturity.overall >= 2 || controlPrerequisiteGap(r.maturity) === null) return;
          met++;
          expect(r.pmo.model).not.toBe('control-tower');
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(10));
  });
});

describe('returns of firms whose projects are customer orders', () => {
  it('never exceed the margin at risk the office can avoid', () => {
    let priced = 0;
    fc.assert(
      fc.property(contextArb, teamArb, (c0, t) => {
        const c = forWhom(c0, 'customers');
        const r = evaluated(c, t);
        const spend = c.annualProjectBudget ?? 0;
        const o = r?.pmo.returns.find((x) => x.id === 'overruns-avoided');
        if (!o?.annual || spend <= 0) return;
        priced++;
        expect(o.annual.max).toBeLessThanOrEqual(spend * ORDER_MARGIN_AT_RISK * WASTE_AVOIDED.max + 1000);
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(priced).toBeGreaterThanOrEqual(sampled(10));
  });
});
