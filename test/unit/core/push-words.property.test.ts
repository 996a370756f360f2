import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../functions/contract/result';
import { REGULATOR_DATES_TARGET } from '../../../functions/core/office/kpis';
import { MIN_MANAGERS_TO_PAIR } from '../../../functions/core/rollout-basics';
import { runs, sampled } from '../../support/sample';
import { check, contextArb, evaluated, newPush, SEED, teamArb } from './arbitraries';

/**
 * Round 28's words of pushes, lines and plans, over generated organisations: a push's successor
 * question never rests on its own projects; a cut line always keeps mandatory work above it; a
 * regulated push's dates owed to the regulator are met, all of them, apart from its own; a push
 * whose office tracks no benefits gets no benefits quick win; no quick win rests on a level the
 * result flags as unsure; no plan says a step twice; a direction only sets no targets; pairing new
 * leads with experienced ones needs someone to pair with; "more" leads need some already.
 */

const steps = (r: Result): string[] => (r.rollout.phases ?? []).flatMap((p) => p.activities);
const text = (r: Result): string => JSON.stringify(r);

describe('a push’s successor question rests on the work after it', () => {
  it('it never says the push’s own projects call for a lasting function', () => {
    let asked = 0;
    fc.assert(
      fc.property(contextArb, teamArb, (c0, team) => {
        const c = newPush(c0);
        const r = evaluated(c, team);
        const step = r && steps(r).find((x) => x.includes('decide whether a lasting portfolio function'));
        if (!step) return;
        asked++;
        expect(step).toMatch(/judged on the projects you expect to run after it/);
        expect(step).not.toMatch(/would call for one on their own|your \d+ projects/);
      }),
      { numRuns: runs(60), ...SEED },
    );
    expect(asked).toBeGreaterThanOrEqual(sampled(5));
  });
});

describe('the cut line and the quick wins', () => {
  it('every "below the line" keeps mandatory, safety, regulatory and contracted work above it', () =>
    check(
      (_c, r) => {
        for (const x of steps(r).filter((y) => y.includes('below the line')))
          expect(x).toMatch(
            /mandatory, safety-critical, regulatory and contracted work above the line by rule/,
          );
      },
      120,
      runs,
    ));

  it('no quick win rests on a level flagged as unsure, and a push’s benefits one needs its benefits tracked', () =>
    check(
      (c, r) => {
        const quickWins = steps(r).filter((x) => x.startsWith('Quick win for '));
        for (const q of quickWins) {
          const d = r.maturity.dimensions.find((x) => q.startsWith(`Quick win for ${x.name} (`));
          expect(d?.sufficient, q).toBe(true);
        }
        if (c.horizon === 'temporary' && !r.pmo.services.some((x) => x.id === 'benefits-tracking'))
          expect(quickWins.some((q) => q.startsWith('Quick win for Benefits realisation'))).toBe(false);
      },
      120,
      runs,
    ));

  it('pairing new leads with experienced ones needs at least two project managers', () =>
    check(
      (c, r) => {
        if (c.projectManagers < MIN_MANAGERS_TO_PAIR)
          expect(text(r)).not.toMatch(/Pair each new project lead with an experienced one/);
      },
      120,
      runs,
    ));

  it('no plan says one step twice', () =>
    check(
      (_c, r) => {
        for (const p of r.rollout.phases ?? [])
          expect(new Set(p.activities).size, p.activities.join(' | ')).toBe(p.activities.length);
      },
      120,
      runs,
    ));

  it('"more" project leads only beside some, and never counted out for an office in place', () =>
    check(
      (c, r) => {
        const s = steps(r).join(' | ');
        if (c.projectManagers === 0) expect(s).not.toMatch(/more project leads? from staff/);
        if ((c.existingPmo ?? 'none') !== 'none')
          expect(s).not.toMatch(/Appoint (one|\d+) more project lead/);
      },
      120,
      runs,
    ));
});

describe('KPIs of regulated pushes and of directions', () => {
  it('a regulated push meets every date owed to its regulator, measured apart from its own milestones', () => {
    let regulated = 0;
    check(
      (c, r) => {
        const names = r.pmo.kpis.map((k) => k.name);
        const owed = r.pmo.kpis.find((k) => k.name === 'Regulator’s dates met');
        if (c.horizon !== 'temporary' || !c.regulated) {
          expect(owed).toBeUndefined();
          return;
        }
        expect(names).not.toContain('Milestones on plan');
        if (!owed) return;
        regulated++;
        expect(owed.target).toBe(REGULATOR_DATES_TARGET);
        expect(names[0]).toBe('Regulator’s dates met');
      },
      120,
      runs,
    );
    expect(regulated).toBeGreaterThanOrEqual(sampled(3));
  });

  it('a direction only sets no KPI targets', () =>
    check(
      (_c, r) => {
        if (r.evidence.status === 'insufficient') expect(r.pmo.kpis).toEqual([]);
      },
      120,
      runs,
    ));
});
