import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { CORE_QUESTIONS, questionMeans } from '../../../functions/core/core-job';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import { check, HOURS_PER_FTE } from './arbitraries';

/**
 * Offices in place sized by what they deliver, freed people priced in words, and leads a small
 * office can carry. Thresholds are the practitioners' (a fifth of an office is material growth,
 * half a person leading a small office), not read from the engine.
 */

const work = (services: readonly { id: string; hoursPerWeek: number; chosenFor: string[] }[]) =>
  services.filter((s) => s.id !== 'office-lead');

describe('a working office in place', () => {
  it('is never kept while it grows materially', () =>
    check((c, r) => {
      const inPlace = c.existingPmoFte;
      if (r.pmo.action !== 'keep' || !r.pmo.staffing || inPlace === undefined) return;
      const mid = (r.pmo.staffing.fte.min + r.pmo.staffing.fte.max) / 2;
      expect(mid - inPlace).toBeLessThanOrEqual(0.2 * Math.max(inPlace, 1) + 0.05);
    }, 150));

  it('grows by no more than the services it does not run well, when the norms would grow it', () =>
    check((c, r) => {
      const inPlace = c.existingPmoFte;
      const s = r.pmo.staffing;
      if (!s || inPlace === undefined) return;
      if (r.pmo.action !== 'keep' && r.pmo.action !== 'evolve') return;
      // A directive office's pooled project managers are its people, sized apart.
      if (c.existingPmo === 'resource-source' && r.pmo.model === 'resource-source') return;
      const added =
        work(r.pmo.services)
          .filter((x) => !x.chosenFor.includes('in-place'))
          .reduce((a, x) => a + x.hoursPerWeek, 0) / HOURS_PER_FTE;
      const mid = (s.fte.min + s.fte.max) / 2;
      if (mid > inPlace + 0.05) expect(mid).toBeLessThanOrEqual(inPlace + added + 0.1);
    }, 150));
});

/** A team's question as the engine may read it: from the disclosure minimum of raters (3), or the one respondent of a quick check. */
const readable = (team: Answers[]) => questionMeans(QUESTIONNAIRE, team, team.length > 1 ? 3 : 1);

describe('an office in place part of whose core job fails', () => {
  it('is never kept as working', () =>
    check((c, r, team) => {
      const from = c.existingPmo;
      if (r.pmo.action !== 'keep' || !from || from === 'none') return;
      const means = readable(team);
      for (const id of CORE_QUESTIONS[from])
        if (means[id] !== undefined) expect(means[id]).toBeGreaterThanOrEqual(2);
    }, 150));
});

describe('a reset office whose reports led to no decisions', () => {
  it('keeps status reporting lean and after the decisions it failed to feed', () =>
    check((c, r, team) => {
      if (r.pmo.action !== 'reset' || !c.existingPmo || c.existingPmo === 'none') return;
      const means = readable(team);
      const [status, acted] = [means['rep-status'], means['rep-decisions']];
      // Reports made a level more reliably than they are used; a red flag does not reliably get an owner.
      if (status === undefined || acted === undefined || status - acted < 1 || acted >= 3) return;
      const ids = work(r.pmo.services).map((x) => x.id);
      const reporting = ids.indexOf('status-reporting');
      if (reporting < 0) return;
      expect(r.pmo.services.find((x) => x.id === 'status-reporting')?.name).toMatch(/monthly/);
      for (const id of ['portfolio-prioritisation', 'lean-portfolio'])
        if (ids.includes(id)) expect(ids.indexOf(id)).toBeLessThan(reporting);
    }, 150));
});

describe('the people a smaller office frees', () => {
  it('are said with their yearly cost, never counted in the returns, and as many as the staffing lets go', () =>
    check((_c, r) => {
      for (const x of r.pmo.returns ?? [])
        if (x.id === 'cost-released') {
          expect(x.annual).toBeNull();
          const freed = x.benefit.match(/([\d.]+) FTE/)?.[1];
          if (!freed) continue;
          expect(x.benefit).toMatch(/\d[\d,]* [A-Z]{3}/);
          const goes = r.pmo.staffing?.basis.join(' ').match(/the other ([\d.]+) FTE go/)?.[1];
          // A directive office's pooled project managers go back to leading projects: not freed.
          const pooled = Number(x.assumption.match(/The ([\d.]+) project managers pooled/)?.[1] ?? 0);
          if (goes) expect(Math.abs(Number(goes) - pooled - Number(freed))).toBeLessThan(0.11);
        }
    }, 150));
});

describe('the lead of a small office', () => {
  it('is absent from a part-time role and a share of a person below eight people of services', () =>
    check((_c, r) => {
      const lead = r.pmo.services.find((x) => x.id === 'office-lead');
      if (r.pmo.shape === 'capability-first') expect(lead).toBeUndefined();
      if (!lead) return;
      const others = work(r.pmo.services).reduce((a, x) => a + x.hoursPerWeek, 0);
      if (others < 8 * HOURS_PER_FTE) expect(lead.hoursPerWeek).toBeLessThan(HOURS_PER_FTE);
    }, 150));
});
