import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * An office in place that gets no office is closed in figures (office/closed-in-place.ts): the
 * rationale states the role that remains and the people released (the office's FTE beyond it), the
 * plan consults HR before anyone moves, and the risks of losing what the office built are listed.
 */

/** Offices in place in organisations whose need is often below an office. */
const closedArb = fc
  .tuple(
    contextArb,
    fc.constantFrom('weather-station', 'control-tower', 'resource-source' as const),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 10 }),
    fc.integer({ min: 5, max: 400 }),
  )
  .map(([c, existingPmo, existingPmoFte, concurrentProjects, employees]) => ({
    ...c,
    existingPmo,
    existingPmoFte,
    concurrentProjects,
    employees,
    projectManagers: Math.min(c.projectManagers, 4, employees),
    businessUnits: undefined,
  }));

const NUMBER = /(\d+(?:[.,]\d+)?) FTE/g;

describe('an office in place closed', () => {
  it('states the people released, consults HR before the move and lists the risks', () => {
    let closed = 0;
    fc.assert(
      fc.property(closedArb, teamArb, (c, team) => {
        const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
        if (!r || r.pmo.needed) return;
        closed++;
        const said = r.pmo.rationale.find((x) => x.includes('Closing the'));
        expect(said, r.pmo.rationale.join('\n')).toBeDefined();
        const figures = [...(said ?? '').matchAll(NUMBER)].map((m) => Number(m[1]));
        const role = figures[0] ?? Number.NaN;
        const released = Math.round(Math.max(0, c.existingPmoFte - role) * 10) / 10;
        if (released > 0) expect(figures).toContain(released);
        else expect(said).toContain('nobody is released');
        expect(r.rollout.risks.length).toBeGreaterThan(0);
        const steps = r.rollout.phases?.flatMap((p) => p.activities) ?? [];
        if (steps.length > 0) {
          const hr = steps.findIndex((x) => x.startsWith('Consult HR before anything is announced'));
          const move = steps.findIndex((x) => x.startsWith('Move its people back'));
          expect(hr).toBeGreaterThanOrEqual(0);
          expect(hr).toBeLessThan(move < 0 ? steps.length : move);
        }
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(closed).toBeGreaterThanOrEqual(sampled(20));
  });
});
