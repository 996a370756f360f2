import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result, Staffing } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { withPooled } from '../../../functions/core/office/in-place-pool';
import { english, msg } from '../../../functions/core/say';
import type { Situation } from '../../../functions/core/situation';
import { everyCase, runs, sampled } from '../../support/sample';
import { contextArb, SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * Offices in place judged by what they deliver, not by their shape (round 31): a working office is
 * never reset for the units' count or the appetite alone; a directive office's pooled managers are
 * an assumption said with its figure, never so many that its own part falls below its services'
 * need; a kept office's returns are weighed as the increment they are.
 */

/** The engine's result, or an empty stand-in that meets no property where the engine gives none. */
const NONE = {
  pmo: { needed: false, action: 'none', warnings: [] },
  maturity: { dimensions: [] },
  warnings: [],
};
const run = (c: OrganisationContext, team: Answers[]): Result =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false }) ?? (NONE as unknown as Result);

/** A respondent who rates every question at or above defined practice (3–5): an office that works. */
const workingArb = fc
  .array(fc.integer({ min: 3, max: 5 }), { minLength: ALL_QUESTIONS.length, maxLength: ALL_QUESTIONS.length })
  .map((xs): Answers => Object.fromEntries(ALL_QUESTIONS.map((q, i) => [q.id, xs[i] as 3])));

/** A directive office in place over some units, with some staff and project managers. */
const directiveArb = fc
  .tuple(
    contextArb,
    fc.integer({ min: 3, max: 12 }),
    fc.integer({ min: 2, max: 60 }),
    fc.integer({ min: 3, max: 120 }),
  )
  .map(([c, units, fte, managers]) => ({
    ...c,
    existingPmo: 'resource-source' as const,
    existingPmoFte: fte,
    businessUnits: units,
    projectManagers: Math.min(managers, c.employees),
    employees: Math.max(c.employees, 200 * units),
    concurrentProjects: Math.max(c.concurrentProjects, 10 * units),
  }));

const OWN = ['portfolio', 'resources', 'reporting', 'governance'];
const works = (r: Result) =>
  OWN.every((id) => (r.maturity.dimensions.find((d) => d.id === id)?.score ?? 0) >= 3);

describe('a working office in place is judged by what it delivers, not by its shape', () => {
  it('a working office in place is never reset on the unit count or appetite alone', () => {
    let met = 0;
    fc.assert(
      fc.property(
        directiveArb,
        fc.array(workingArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('medium', 'high' as const),
        (c, team, appetite) => {
          const r = run({ ...c, controlAppetite: appetite }, team);
          if (!r.pmo.needed || !works(r)) return;
          // The same office over one unit: what the evidence alone gives it at this appetite.
          const alone = run({ ...c, controlAppetite: appetite, businessUnits: 1 }, team);
          // And with a renewed mandate over the same units.
          const renewed = run({ ...c, controlAppetite: 'high' }, team);
          const kept = (x: Result) => x.pmo.needed && x.pmo.action !== 'reset';
          if (!kept(alone) && !kept(renewed)) return;
          met++;
          expect(r.pmo.action).not.toBe('reset');
          // Nor is its allocation taken away for the units' count: it keeps the model one unit keeps.
          if (kept(alone) && alone.pmo.model === 'resource-source')
            expect(r.pmo.model).toBe('resource-source');
        },
      ),
      { numRuns: runs(60), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(20));
  });
});

/** A directive office's services staffing before the pooled managers, any size, and the people in place. */
const poolCaseArb = fc.record({
  need: fc.double({ min: 0.3, max: 40, noNaN: true }),
  spread: fc.double({ min: 0, max: 0.3, noNaN: true }),
  existing: fc.integer({ min: 1, max: 120 }),
  managers: fc.integer({ min: 0, max: 300 }),
});

describe('the pooled managers of a directive office in place are bounded and said', () => {
  it('the office’s own part after taking pooled managers out is never below its services’ need, and the pooled assumption is always said', () =>
    fc.assert(
      fc.property(poolCaseArb, ({ need, spread, existing, managers }) => {
        const staffing: Staffing = {
          fte: { min: need * (1 - spread), max: need * (1 + spread) },
          roles: [{ role: 'Analyst', fte: need }],
          basis: [],
        };
        const s = {
          existingPmo: 'resource-source',
          existingPmoFte: existing,
          projectManagers: managers,
        } as Situation;
        const out = withPooled(staffing, s, english);
        const pooled = out.pooled ?? 0;
        expect(pooled).toBeLessThanOrEqual(managers);
        if (pooled > 0) {
          // Never below the need, to the hundredth every figure is shown in.
          expect(existing - pooled).toBeGreaterThanOrEqual(Math.round(need * 100) / 100 - 0.01);
          const said = english(
            msg('office.pooledAssumed', {
              pooled,
              existing,
              own: Math.round((existing - pooled) * 100) / 100,
              need: 0,
            }),
          ).split('no less than')[0] as string;
          expect(out.basis.some((b) => b.startsWith(said))).toBe(true);
        }
      }),
      { numRuns: runs(120), ...SEED },
    ));

  it('every kept directive office that holds pooled managers says the assumption with its figure', () => {
    let met = 0;
    fc.assert(
      fc.property(directiveArb, fc.array(workingArb, { minLength: 1, maxLength: 2 }), (c, team) => {
        const r = run({ ...c, businessUnits: 1 }, team);
        const pooled = r.pmo.staffing?.pooled ?? 0;
        if (pooled <= 0) return;
        met++;
        const basis = r.pmo.staffing?.basis ?? [];
        expect(
          basis.some((b) => b.includes(`of the ${c.existingPmoFte} FTE in place, ${pooled} are pooled`)),
        ).toBe(true);
      }),
      { numRuns: runs(60), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(10));
  });
});

describe('a kept office’s returns are weighed as the increment they are', () => {
  const WHOLE = [english(msg('warning.returnsBelowCost')), english(msg('warning.returnsBelowCostOwner'))];
  it('a kept working office never gets the returns-below-cost warning from comparing its whole cost with new returns only', () => {
    let met = 0;
    fc.assert(
      fc.property(
        contextArb.filter((c) => c.existingPmo !== 'none'),
        fc.array(workingArb, { minLength: 1, maxLength: 2 }),
        (c, team) => {
          const r = run({ ...c, existingPmoFte: c.existingPmoFte ?? 4 }, team);
          if (r.pmo.action !== 'keep' && r.pmo.action !== 'evolve') return;
          met++;
          for (const w of WHOLE) expect(r.warnings).not.toContain(w);
        },
      ),
      { numRuns: everyCase(60), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(10);
  });
});
