import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { MIN_PROJECTS_FOR_OFFICE } from '../../../functions/core/office/shape';
import { shortPush, switchKindOf } from '../../../functions/core/push-tempo';
import { situationOf } from '../../../functions/core/situation';
import { runs } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { asKeys, read } from './said';

/**
 * Round 24: what a plan does first and what a push leaves behind (docs/scoring.md, "First value
 * first"). Each rule is checked over organisations generated with a fixed seed, never over listed
 * profiles; the engine speaks in message keys so the rules read what the plan says, not its words.
 */

/** The first weeks a push's first service must start in: its plan's first phase (week 0). */
const FIRST_WEEK = 0;
/** An office in place of more than this many people needs no interim lead over it. */
const FEW_PEOPLE = 3;
const RUNS = runs(120);

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { say: asKeys, sensitivity: false });

const keysOf = (activities: readonly string[]): string[] => activities.map((a) => read(a).key);
const costsNothing = (key: string): boolean =>
  key === 'rollout.quickWin' || key.startsWith('plan.limitWorkInProgress');

/** Draws that reach the rules often: pushes, urgency and offices in place weighed up. */
const pushArb = contextArb.chain((c) =>
  fc
    .record({
      horizon: fc.constantFrom('temporary', 'temporary', 'lasting' as const),
      urgency: fc.constantFrom('high', 'high', 'medium', 'low' as const),
      sourcing: fc.boolean(),
    })
    .map((d) => ({ ...c, horizon: d.horizon, urgency: d.urgency }) as OrganisationContext),
);

describe('first value first, and what lasts after a push (round 24)', () => {
  it('a step that needs no new people never starts after a procurement; the cut of work in progress starts in week 1', () => {
    fc.assert(
      fc.property(pushArb, teamArb, (c, team) => {
        const r = run(c, team);
        const phases = r?.rollout.phases ?? [];
        if (!r?.pmo.needed || phases.length === 0) return;
        const buying = phases.find((p) => p.id === 'procurement');
        for (const p of phases)
          for (const key of keysOf(p.activities).filter(costsNothing)) {
            if (buying) expect(p.startWeek, `${key} in ${p.id}`).toBeLessThanOrEqual(buying.startWeek);
            if (key.startsWith('plan.limitWorkInProgress')) expect(p.startWeek).toBe(0);
          }
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('with an office in place and an urgent push, the push’s first service starts in the first phase', () => {
    fc.assert(
      fc.property(pushArb, teamArb, (c0, team) => {
        const c = { ...c0, horizon: 'temporary' as const, urgency: 'high' as const };
        if ((c.existingPmo ?? 'none') === 'none') return;
        const r = run(c, team);
        const phases = r?.rollout.phases ?? [];
        const first = r?.pmo.services.find((x) => x.id !== 'office-lead');
        if (!r?.pmo.needed || r.pmo.action === 'establish' || !first || phases.length === 0) return;
        const starts = phases.find((p) =>
          p.activities.some((a) => {
            const m = read(a);
            return m.key.startsWith('plan.') && m.params?.service === first.name;
          }),
        );
        expect(starts?.startWeek ?? FIRST_WEEK).toBe(FIRST_WEEK);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('a push whose organisation would need a lasting office never just dissolves its own', () => {
    fc.assert(
      fc.property(pushArb, teamArb, (c0, team) => {
        // An organisation with no office in place: one that runs the push closes at its sunset.
        const c = {
          ...c0,
          horizon: 'temporary' as const,
          existingPmo: 'none' as const,
          existingPmoFte: undefined,
        };
        const r = run(c, team);
        const end = r?.rollout.phases?.at(-1);
        if (!r?.pmo.needed || end?.id !== 'hand-back-and-sunset') return;
        const dissolves = keysOf(end.activities).includes('plan.dissolveTheOfficeAndRelease');
        if (!dissolves) return;
        // The same organisation with a lasting need: it must not recommend an office of the portfolio
        // kind (round 25): none, one programme's office, leads first, or fewer projects than any
        // portfolio office is held to (rollout-first.ts).
        const lasting = run({ ...c, horizon: 'lasting', horizonMonths: undefined }, team);
        const portfolioKind =
          (lasting?.pmo.needed ?? false) &&
          lasting?.pmo.scope !== 'programme' &&
          lasting?.pmo.shape !== 'capability-first' &&
          c.concurrentProjects >= MIN_PROJECTS_FOR_OFFICE;
        expect(portfolioKind).toBe(false);
      }),
      { numRuns: RUNS / 2, ...SEED },
    );
  });

  it('a push whose value is a date tracks no benefits and is not measured on them', () => {
    fc.assert(
      fc.property(pushArb, teamArb, (c0, team) => {
        const c = { ...c0, horizon: 'temporary' as const };
        const s = situationOf(c);
        const kind = switchKindOf(s);
        // A regulated close tracks the benefits in play beside its dates (round 31): it is checked
        // both ways in value-programmes.property.test.ts.
        const dated = kind === 'start-up' || (kind === 'release' && shortPush(s));
        if (!dated) return;
        const r = run(c, team);
        if (!r?.pmo.needed) return;
        expect(r.pmo.services.map((x) => x.id)).not.toContain('benefits-tracking');
        expect(r.pmo.kpis.map((k) => read(k.name).key)).not.toContain('kpi.outcome.benefits-on-track');
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('a one-person office has no pilot and no interim before itself; an office in place of more than a few has no interim lead', () => {
    fc.assert(
      fc.property(pushArb, teamArb, (c, team) => {
        const r = run(c, team);
        const phases = r?.rollout.phases ?? [];
        const fte = r?.pmo.staffing?.fte;
        if (!r?.pmo.needed || !fte || phases.length === 0) return;
        const ids = phases.map((p) => p.id);
        if ((fte.min + fte.max) / 2 <= 1) {
          expect(ids).not.toContain('pilot');
          const interim = phases.find((p) => p.id === 'interim-set-up');
          if (interim) expect(keysOf(interim.activities)).not.toContain('plan.putAnInterimPmoLead');
        }
        if ((c.existingPmo ?? 'none') !== 'none' && (c.existingPmoFte ?? 0) > FEW_PEOPLE)
          expect(ids).not.toContain('interim-set-up');
      }),
      { numRuns: RUNS, ...SEED },
    );
  });
});
