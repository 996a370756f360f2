import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { NEW_WORK_SHARE } from '../../../functions/core/office/change';
import { everyCase, runs, sampled } from '../../support/sample';
import { contextArb, evaluated, SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * "Keep" means the work is kept (round 25: a weather station kept with "19 % of its work" new while
 * its plan started five of its six services, two thirds of its hours; a control tower kept while
 * its plan started four services). Read from the result alone: the services whose plan step is
 * "Start …" are the work started anew; the share of hours the rationale states for a kept office
 * covers them, and a kept office never starts more than a third of its hours (the threshold the
 * engine names, NEW_WORK_SHARE, our judgement since round 16). A working office kept whatever it
 * adds (round 17, its own sentence states no share) is left aside.
 */

const KEEP_WORKS = 'what it produces already works, at defined practice or better';
const STATED = /That is (\d+) % of its work/;

/** An office in place of some size in an organisation with projects enough for one, lasting. */
const inPlaceArb = fc
  .tuple(
    contextArb,
    fc.constantFrom('weather-station', 'control-tower', 'resource-source' as const),
    fc.integer({ min: 200, max: 30_000 }),
    fc.integer({ min: 10, max: 300 }),
    fc.integer({ min: 3, max: 80 }),
    fc.integer({ min: 1, max: 30 }),
  )
  .map(([c, existingPmo, employees, concurrentProjects, projectManagers, existingPmoFte]) => ({
    ...c,
    employees,
    concurrentProjects,
    projectManagers,
    horizon: 'lasting' as const,
    existingPmo,
    existingPmoFte,
  }));

/**
 * A team of three who see each dimension alike (levels 2 to 4, one question in a few a level off):
 * offices in place that mostly run, so that some are kept and some are not.
 */
const teamArb = fc
  .record({
    levels: fc.array(fc.constantFrom(2, 3, 3, 3, 4, 4), {
      minLength: QUESTIONNAIRE.dimensions.length,
      maxLength: QUESTIONNAIRE.dimensions.length,
    }),
    jitter: fc.array(fc.constantFrom(-1, 0, 0, 0, 1), {
      minLength: 3 * ALL_QUESTIONS.length,
      maxLength: 3 * ALL_QUESTIONS.length,
    }),
  })
  .map(({ levels, jitter }): Answers[] =>
    [0, 1, 2].map((k) =>
      Object.fromEntries(
        ALL_QUESTIONS.map((q, i) => {
          const d = QUESTIONNAIRE.dimensions.findIndex((x) => x.id === q.dimension);
          const j = jitter[k * ALL_QUESTIONS.length + i] ?? 0;
          return [q.id, Math.min(5, Math.max(1, (levels[d] ?? 3) + j))];
        }),
      ),
    ),
  );

/** What each model produces, and what every office produces (reporting, governance): action.ts. */
const OWN: Record<string, string[]> = {
  'weather-station': ['reporting', 'governance'],
  'control-tower': ['standards', 'lifecycle', 'reporting', 'governance'],
  'resource-source': ['portfolio', 'resources', 'reporting', 'governance'],
};

describe('a kept office keeps its work: the plan starts no more than the rationale says', () => {
  it('the hours the plan starts anew are within the share stated, and never over a third', () => {
    let kept = 0;
    fc.assert(
      fc.property(inPlaceArb, teamArb, (c, team) => {
        const r = evaluated(c, team);
        if (r?.pmo.action !== 'keep') return;
        const why = r.pmo.rationale.join(' ');
        if (why.includes(KEEP_WORKS)) return;
        kept++;
        // Kept as working on sufficient evidence: nothing it produces itself is weak (below 2.5).
        if (r.evidence.status === 'sufficient')
          for (const id of OWN[c.existingPmo] ?? []) {
            const d = r.maturity.dimensions.find((x) => x.id === id);
            if (d?.sufficient && d.score !== null) expect(d.score).toBeGreaterThanOrEqual(2.5);
          }
        const steps = new Set((r.rollout.phases ?? []).flatMap((p) => p.activities));
        const services = r.pmo.services.filter((x) => x.id !== 'office-lead');
        const all = services.reduce((a, x) => a + x.hoursPerWeek, 0);
        const started = services
          .filter((x) => steps.has(`Start ${x.name}`))
          .reduce((a, x) => a + x.hoursPerWeek, 0);
        const share = all > 0 ? started / all : 0;
        expect(share).toBeLessThanOrEqual(NEW_WORK_SHARE + 1e-9);
        const stated = STATED.exec(why);
        if (stated) expect(Math.round(share * 100)).toBeLessThanOrEqual(Number(stated[1]));
      }),
      { numRuns: everyCase(120), ...SEED },
    );
    expect(kept).toBeGreaterThanOrEqual(5);
  });
});

/** Three respondents whose reports are made (status at 3–4) and not acted on (decisions at 1–2). */
const unreadArb = fc
  .record({
    team: teamArb,
    status: fc.constantFrom(3, 4),
    decisions: fc.constantFrom(1, 2),
  })
  .map(({ team, status, decisions }) =>
    team.map((a) => ({ ...a, 'rep-status': status, 'rep-decisions': decisions })),
  );

describe('an office in place that does not work makes no unread, unrequested reports', () => {
  it('kept or evolved, with its own products below level 3, it keeps status reporting as one monthly pack', () => {
    let met = 0;
    fc.assert(
      fc.property(inPlaceArb, unreadArb, (c, team) => {
        const r = evaluate(QUESTIONNAIRE, c, team, {
          sensitivity: false,
          surveyed: true,
          expectations: { 'status-reporting': 0 },
        });
        if (!r || (r.pmo.action !== 'keep' && r.pmo.action !== 'evolve')) return;
        const own = OWN[c.existingPmo] ?? [];
        const scores = own.map((id) => r.maturity.dimensions.find((d) => d.id === id)?.score);
        if (!scores.some((x) => typeof x === 'number' && x < 3)) return;
        const status = r.pmo.services.find((x) => x.id === 'status-reporting');
        if (!status) return;
        met++;
        expect(status.name).toMatch(/one monthly pack/);
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(20));
  });
});
