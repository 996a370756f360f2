import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, groupContext, groupPressures, respondentArb, SEED, teamArb } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * Round 26 (docs/scoring.md, "Units that share a pool"): where people are fought over and at least
 * half the stakeholders ask the office to allocate them, the units draw on one pool and the number
 * of units alone rules out no model; an office in place is never said both to work and not to be
 * shown to work; a directive office in place is the pool of the organisation's project managers
 * only where its people are a material share of them, and otherwise all of it is its cost.
 * The figures are written here, not read from the engine.
 */

/** Half the stakeholders asking for allocation is the organisation's mandate (our judgement). */
const POOL_ASKED = 0.5;
/** A directive office whose people are under a tenth of the project managers is not where they sit. */
const POOL_SHARE = 0.1;

const run = (c: OrganisationContext, team: Answers[], share?: number): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, {
    sensitivity: false,
    ...(share === undefined ? {} : { expectations: { 'resource-allocation': share } }),
  });

/** Groups of three to twelve units whose people are fought over, with or without an office in place. */
const pooledGroupArb = fc
  .record({
    units: fc.integer({ min: 3, max: 12 }),
    perUnitEmployees: fc.integer({ min: 50, max: 3_000 }),
    perUnitProjects: fc.integer({ min: 3, max: 40 }),
    perUnitManagers: fc.integer({ min: 1, max: 15 }),
    ...groupPressures,
    existingPmo: fc.constantFrom('none', 'weather-station', 'control-tower', 'resource-source' as const),
    existingPmoFte: fc.integer({ min: 1, max: 30 }),
  })
  .map((g) =>
    groupContext(
      { ...g, resourceContention: 'high' },
      g.existingPmo === 'none' ? {} : { existingPmo: g.existingPmo, existingPmoFte: g.existingPmoFte },
    ),
  );

const said = (r: Result) => [...r.pmo.rationale, ...r.pmo.fit.flatMap((f) => f.blockers)].join(' ');

describe('units that share a pool of people', () => {
  it('the number of units alone never rules out the model that allocates, and the office plans the pool', () => {
    let eligibleSeen = 0;
    fc.assert(
      fc.property(
        pooledGroupArb,
        teamArb,
        fc.double({ min: POOL_ASKED, max: 1, noNaN: true }),
        (c, team, share) => {
          const r = run(c, team, share);
          const one = run({ ...c, businessUnits: 1 }, team, share);
          if (!r || !one) return;
          const text = said(r);
          expect(text).not.toMatch(/people are allocated inside the units/);
          expect(text).not.toMatch(/units lead their own projects and leadership does not ask the centre/);
          // The directive model is open or closed as it is for the same organisation as one unit.
          const directive = (x: Result) => x.pmo.fit.find((f) => f.model === 'resource-source')?.eligible;
          expect(directive(r)).toBe(directive(one));
          if (directive(r)) eligibleSeen++;
          // A central office plans the pool; it does not only show the units' clashes.
          if (r.pmo.shape === 'portfolio')
            expect(r.pmo.services.map((s) => s.name).join(' ')).not.toMatch(/each unit allocates its own/);
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(eligibleSeen).toBeGreaterThan(sampled(3));
  });
});

/** Three to five respondents who rate every question 2 or 3: repeatable practice, not yet shown to work. */
const repeatableTeam: fc.Arbitrary<Answers[]> = fc.array(
  fc
    .array(fc.constantFrom(2, 2, 3), { minLength: ALL_QUESTIONS.length, maxLength: ALL_QUESTIONS.length })
    .map((xs) => Object.fromEntries(ALL_QUESTIONS.map((q, i) => [q.id, xs[i] ?? 2])) as Answers),
  { minLength: 3, maxLength: 5 },
);

describe('an office in place and its own words', () => {
  it('is never said both to work and not to be shown to work', () => {
    // Federated groups with a supportive office in place: the case where it keeps its degree of control.
    const inPlace = fc
      .record({
        units: fc.integer({ min: 3, max: 8 }),
        perUnitEmployees: fc.integer({ min: 50, max: 2_000 }),
        perUnitProjects: fc.integer({ min: 4, max: 20 }),
        perUnitManagers: fc.integer({ min: 1, max: 6 }),
        ...groupPressures,
        controlAppetite: fc.constantFrom('medium' as const),
        existingPmo: fc.constantFrom('weather-station', 'control-tower' as const),
        existingPmoFte: fc.integer({ min: 1, max: 6 }),
      })
      .map((g) => groupContext(g, { existingPmo: g.existingPmo, existingPmoFte: g.existingPmoFte }));
    let kept = 0;
    fc.assert(
      fc.property(inPlace, repeatableTeam, (c, team) => {
        const text = run(c, team)?.pmo.rationale.join(' ') ?? '';
        if (!/not shown to work/.test(text) || !/keeps its degree of control/.test(text)) return;
        kept++;
        expect(text).not.toMatch(/in place works and keeps/);
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(kept).toBeGreaterThan(sampled(3));
  });
});

describe('a directive office in place and the project managers it pools', () => {
  it('counts all its people in its cost where they are under a tenth of the project managers', () => {
    // Large providers whose resource-management group is small beside their project managers.
    const rmg = fc.tuple(contextArb, fc.integer({ min: 5, max: 60 }), fc.integer({ min: 11, max: 30 })).map(
      ([c, fte, perPerson]): OrganisationContext => ({
        ...c,
        existingPmo: 'resource-source',
        controlAppetite: 'high',
        resourceContention: 'high',
        existingPmoFte: fte,
        projectManagers: fte * perPerson,
        employees: Math.max(c.employees, fte * perPerson * 10),
        concurrentProjects: Math.max(c.concurrentProjects, fte * perPerson),
      }),
    );
    let seen = 0;
    fc.assert(
      fc.property(rmg, respondentArb, (c, answers) => {
        const r = run(c, [answers]);
        if (!r?.pmo.staffing || (c.existingPmoFte ?? 0) >= POOL_SHARE * c.projectManagers) return;
        if (r.pmo.model !== 'resource-source') return;
        seen++;
        expect(r.pmo.staffing.pooled ?? 0).toBe(0);
        expect(r.pmo.cost?.assumptions.join(' ') ?? '').not.toMatch(/pooled project managers are left out/);
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(seen).toBeGreaterThan(sampled(5));
  });
});
