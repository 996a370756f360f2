import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { lacksProjectLeads } from '../../../functions/core/office/shape';
import { isProgramme } from '../../../functions/core/programme-scope';
import { DELIVERY_LEADS_FIRST_STEP, peopleAdviceFor } from '../../../functions/core/rollout-people';
import { situationOf } from '../../../functions/core/situation';
import { capitalIntensive, largeProjects } from '../../../functions/core/spend-scale';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { monotoneInProjects } from './monotone-projects';

/**
 * Round 27: the leads-first rule is no cliff at any size. Below 1,000 people as above it, more
 * projects never take a needed office away (a federation with two project managers got an office
 * for 20 projects and "no office" for 25); an office in place is never turned into no office by the
 * count of project managers alone (a law firm's legal-PM team, where partners lead the matters); and
 * where customers' work is led by the firm's own people, the plan hires no project managers to lead
 * it. The figures are the reviewers', written here rather than read from the engine.
 */

const COUNTS = [2, 5, 6, 10, 15, 20, 25, 40, 80, 200] as const;
/** Organisations below the size from which leads were already built inside an office (round 25). */
const BELOW_LARGE = 999;

/**
 * Lasting, plan-driven or mixed organisations of 50 to 999 people with no office in place, a
 * handful of project managers and expertise short of strong: where leads first could bind.
 */
const fewLeadsArb = fc
  .tuple(
    contextArb,
    fc.integer({ min: 50, max: BELOW_LARGE }),
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom('none', 'basic' as const),
    fc.constantFrom('plan-driven', 'mixed' as const),
  )
  .map(
    ([c, employees, projectManagers, pmExpertise, deliveryApproach]): OrganisationContext => ({
      ...c,
      employees,
      projectManagers,
      pmExpertise,
      deliveryApproach,
      horizon: 'lasting',
      existingPmo: 'none',
      existingPmoFte: undefined,
    }),
  );

describe('more projects never take an office away below 1,000 people either', () => {
  it('the need verdict is monotone in projects, but where the programme rule or large projects end', () => {
    // need-stability's written exceptions (the programme rule ends where a portfolio begins; the
    // capital-intensive headcount exemption ends), and the large-project exemption from leads first
    // (office/shape.ts: large projects need controls whatever the leads), which ends as the same spend
    // is spread over more projects.
    const steps = monotoneInProjects(fewLeadsArb, COUNTS, [isProgramme, capitalIntensive, largeProjects], 60);
    expect(steps).toBeGreaterThan(sampled(60) * 5);
  });

  it('from two project leads, leads first never binds on the count of projects', () => {
    fc.assert(
      fc.property(
        fewLeadsArb,
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 10, max: 400 }),
        (c, pms, n) => {
          const s = situationOf({ ...c, projectManagers: pms, concurrentProjects: n });
          expect(lacksProjectLeads(s)).not.toBe('leads-binding');
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });
});

describe('an office in place is never taken away by the count of project managers alone', () => {
  it('leads first does not apply where an office is in place, whatever the managers', () => {
    fc.assert(
      fc.property(
        contextArb,
        fc.constantFrom('weather-station', 'control-tower', 'resource-source' as const),
        fc.integer({ min: 0, max: 4 }),
        (c, existingPmo, projectManagers) => {
          const s = situationOf({
            ...c,
            existingPmo,
            existingPmoFte: c.existingPmoFte ?? 3,
            projectManagers,
          });
          expect(lacksProjectLeads(s)).toBeNull();
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('a working office in place keeps its verdict from one to many project managers', () => {
    let offices = 0;
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        fc.constantFrom('weather-station', 'control-tower' as const),
        (c0, team, existingPmo) => {
          const c: OrganisationContext = {
            ...c0,
            employees: Math.max(100, c0.employees),
            concurrentProjects: Math.max(10, c0.concurrentProjects),
            existingPmo,
            existingPmoFte: Math.max(2, c0.existingPmoFte ?? 3),
            horizon: 'lasting',
          };
          const many = evaluate(QUESTIONNAIRE, { ...c, projectManagers: 10 }, team, { sensitivity: false });
          if (!many?.pmo.needed) return;
          offices++;
          for (const pms of [0, 1, 2, 3]) {
            const few = evaluate(QUESTIONNAIRE, { ...c, projectManagers: pms }, team, { sensitivity: false });
            if (few) expect({ pms, needed: few.pmo.needed }).toEqual({ pms, needed: true });
          }
        },
      ),
      { numRuns: runs(40), ...SEED },
    );
    expect(offices).toBeGreaterThan(sampled(40) / 4);
  });
});

describe('the people who lead the work today lead it on, whatever their titles', () => {
  it('where someone has led such work, at most one experienced project manager comes for the leads', () => {
    fc.assert(
      fc.property(contextArb, fc.constantFrom('basic', 'strong' as const), (c, pmExpertise) => {
        const s = situationOf({ ...c, pmExpertise });
        expect(peopleAdviceFor(s, [])?.bringIn ?? 0).toBeLessThanOrEqual(1);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('where an office is in place too, none comes for the leads: only a stretch of the managers brings one', () => {
    fc.assert(
      fc.property(
        contextArb,
        fc.constantFrom('customers', 'both', 'own-organisation' as const),
        fc.constantFrom('weather-station', 'control-tower', 'resource-source' as const),
        (c, projectsFor, existingPmo) => {
          const s = situationOf({ ...c, projectsFor, existingPmo, pmExpertise: 'basic', existingPmoFte: 3 });
          const advice = peopleAdviceFor(s, []);
          if (advice?.stretched) expect(advice.bringIn).toBeLessThanOrEqual(DELIVERY_LEADS_FIRST_STEP);
          else expect(advice?.bringIn ?? 0).toBe(0);
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });
});
