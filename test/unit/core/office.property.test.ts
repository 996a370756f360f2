import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { SERVICE_CATALOGUE } from '../../../functions/core/office/catalogue';
import { KEEP_AT_LEAST, OVERSIZED_FACTOR } from '../../../functions/core/office/in-place';
import { PUSH_TOOLS_BELOW } from '../../../functions/core/office/push-keeps';
import { atTheCentre } from '../../../functions/core/office/roles';
import { OFFICE_EN } from '../../../functions/core/office/words';
import { spendShowsProjects } from '../../../functions/core/project-count';
import { runs } from '../../support/sample';
import { check, contextArb, HOURS_PER_FTE, SEED, teamArb } from './arbitraries';

/**
 * The rules of edition 3 (the office designed from its services), each as a property over
 * generated organisations and teams: none lists cases. The figures are the practitioners'
 * (a full-time week, 3 % and 5 % of spend, a one-person office), not read from the engine.
 */

const mid = (x: { min: number; max: number }) => (x.min + x.max) / 2;

/** Published shares of stakeholders asking the office for each service, or none given. */
const expectationsArb = fc.option(
  fc.dictionary(
    fc.constantFrom(...QUESTIONNAIRE.services.map((s) => s.id)),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  { nil: undefined },
);

describe('the office is the sum of its services', () => {
  it('the staffing range holds the services’ sum, unless an office in place keeps its people', () =>
    check((c, r) => {
      const { staffing, services } = r.pmo;
      if (!staffing) return;
      // A hub's units pay their own offices: the hub's size is its own services' (round 24).
      const own = (id: string) =>
        r.pmo.shape === 'hub-and-spoke' && (c.businessUnits ?? 1) >= 2 && !atTheCentre(r.pmo.shape, id, c);
      const sum = services.filter((s) => !own(s.id)).reduce((a, s) => a + s.hoursPerWeek, 0) / HOURS_PER_FTE;
      const keepsPeople = c.existingPmoFte !== undefined && r.pmo.action !== 'establish';
      // An office in place that stays is held at least at the viable seat, whatever its services sum to.
      const seat = staffing.basis.some((b) => b.includes('an office that stays is a seat someone holds'));
      if (!keepsPeople && !seat) {
        expect(sum).toBeGreaterThanOrEqual(staffing.fte.min - 0.06);
        expect(sum).toBeLessThanOrEqual(staffing.fte.max + 0.06);
      }
      for (const s of services) {
        expect(s.hoursPerWeek).toBeGreaterThanOrEqual(0);
        expect(s.source.length).toBeGreaterThan(20);
        expect(s.effort).toMatch(/h/);
      }
    }));

  it('below half a person the result says hours a week; a one-person office has one role', () =>
    check((_, r) => {
      const { staffing } = r.pmo;
      if (!staffing) return;
      if (mid(staffing.fte) < 0.5 * 0.95) expect(staffing.hoursPerWeek).toBeDefined();
      if (staffing.hoursPerWeek)
        expect(staffing.hoursPerWeek.max).toBeLessThanOrEqual(0.5 * 1.2 * HOURS_PER_FTE + 1);
      const people = staffing.roles.reduce((a, x) => a + x.fte, 0);
      if (people < 1) expect(staffing.roles).toHaveLength(1);
      for (const role of staffing.roles) expect(role.fte).toBeGreaterThan(0);
    }));

  it('no office costs more than 5 % of a known spend (a short push up to a fifth of it), and one over 3 % is warned', () =>
    check((c, r) => {
      const spend = c.annualProjectBudget;
      const { cost } = r.pmo;
      if (!cost || !spend || !r.pmo.needed) return;
      // An office in place that keeps its people is costed as it is: the ceiling designs new offices.
      if (c.existingPmoFte !== undefined && r.pmo.action !== 'establish') return;
      // Rounded to the nearest thousand.
      // A push's stated spend mostly leaves out its own people, and a short push concentrates its
      // steering: 5 % for two years or more, up to a fifth for six months or less, warned past 5 %.
      const push = c.horizon === 'temporary';
      const limit = push ? Math.min(0.2, Math.max(0.05, (0.05 * 24) / (c.horizonMonths ?? 12))) : 0.05;
      expect(cost.annual.max).toBeLessThanOrEqual(limit * spend + 1000);
      if (cost.annual.max > 0.03 * spend + 1000)
        expect(r.warnings.join(' ')).toMatch(/% of the yearly (project )?spend/);
      if (push && cost.annual.max > 0.05 * spend + 1000)
        expect(r.warnings.join(' ')).toMatch(/check what it includes/);
    }));

  it('a service is never built for a dimension the respondents marked not applicable', () =>
    check((_, r, team) => {
      const na = new Set(
        QUESTIONNAIRE.dimensions
          .filter((d) => {
            const given = team.flatMap((t) => d.questions.map((q) => t[q.id])).filter((x) => x !== undefined);
            return given.length > 0 && given.filter((x) => x === 'n/a').length / given.length >= 0.5;
          })
          .map((d) => d.id),
      );
      const onlyFor: Record<string, string> = {
        'benefits-tracking': 'benefits',
        tooling: 'tools',
        coaching: 'competencies',
      };
      for (const s of r.pmo.services) {
        const dimension = onlyFor[s.id];
        if (dimension) expect(na.has(dimension)).toBe(false);
      }
    }));
});

describe('shape, control and the office in place', () => {
  // Round 22: a short urgent push did not build the office in place; round 29: that office runs it,
  // topped up, so no second office is ever established beside it.
  it('an office in place never sees a new one established beside it', () =>
    check((c, r) => {
      if ((c.existingPmo ?? 'none') !== 'none') {
        expect(r.pmo.action).not.toBe('establish');
        expect(r.pmo.besideExisting).toBeUndefined();
      }
    }));

  it('a directive office never serves a temporary push, a group of three units or more, or agile teams, unless it is already there', () =>
    check((c, r) => {
      if (r.pmo.model !== 'resource-source' || c.existingPmo === 'resource-source') return;
      expect(c.horizon).toBe('lasting');
      expect(c.businessUnits ?? 1).toBeLessThan(3);
      expect(c.deliveryApproach).not.toBe('agile');
      expect(r.maturity.level).toBeGreaterThanOrEqual(3);
    }));

  it('an office in place costing no more than about 1 % of a known spend is never reset as oversized', () =>
    check((c, r) => {
      const spend = c.annualProjectBudget;
      if (c.existingPmoFte === undefined || !spend) return;
      if (c.existingPmoFte * 500 * 220 <= 0.01 * spend)
        expect(r.pmo.rationale.join(' ')).not.toMatch(/more than twice the .* FTE its services need/);
    }));

  it('an office in place that is kept keeps its degree of control', () =>
    check((c, r) => {
      if (r.pmo.action === 'keep') expect(r.pmo.model).toBe(c.existingPmo);
    }));

  it('a smaller office than the one in place says where the people go', () =>
    check((c, r) => {
      const { staffing } = r.pmo;
      if (!staffing || c.existingPmoFte === undefined) return;
      if (staffing.fte.max < c.existingPmoFte - 0.5)
        expect(staffing.basis.join(' ')).toMatch(
          /move to project or analyst roles|FTE in place|About the size of the office in place|stay in it, pending a health check|go as agreed with HR/,
        );
    }));

  it('no office and capability first recommend no office, and say why in the shape', () =>
    check((_, r) => {
      if (r.pmo.shape === 'none' || r.pmo.shape === 'capability-first') {
        expect(r.pmo.needed).toBe(false);
        expect(r.pmo.model).toBeNull();
        expect(r.pmo.need.needed).toBe(false);
      } else expect(r.pmo.needed).toBe(true);
      expect(r.pmo.rationale.join(' ')).toMatch(/Shape: /);
    }));
});

describe('time, evidence and what the office is measured by', () => {
  it('a temporary office builds no permanent machinery and is measured by outcomes only', () =>
    check((c, r) => {
      if (c.horizon !== 'temporary' || r.pmo.shape !== 'programme') return;
      const tools = r.maturity.dimensions.find((d) => d.id === 'tools')?.score ?? null;
      for (const s of r.pmo.services) {
        expect(['coaching', 'portfolio-prioritisation']).not.toContain(s.id);
        // The push's own products only (push-keeps.ts, round 30): the standards asked for (its
        // playbook or readiness checklist) and one system of record where data is typed twice.
        if (s.id === 'standards') expect(s.chosenFor).toContain('expectations');
        if (s.id === 'tooling') expect(tools !== null && tools < PUSH_TOOLS_BELOW).toBe(true);
      }
      for (const k of r.pmo.kpis) expect(k.kind).toBe('outcome');
    }));

  it('a temporary plan ends within the horizon it was given', () =>
    check((c, r) => {
      if (c.horizon !== 'temporary' || !r.pmo.needed || !r.rollout.totalWeeks) return;
      const weeks = c.horizonMonths === undefined ? 52 : Math.round((c.horizonMonths * 52) / 12);
      expect(r.rollout.totalWeeks).toBeLessThanOrEqual(Math.max(weeks, 12));
    }));

  it('on insufficient evidence there is a direction only: no staffing, no cost, no plan', () =>
    check((_, r) => {
      if (r.evidence.status !== 'insufficient') return;
      expect(r.pmo.staffing).toBeNull();
      expect(r.pmo.cost).toBeNull();
      expect(r.rollout.phases).toBeNull();
      expect(r.rollout.totalWeeks).toBeNull();
      // The reader learns first that this is a direction, and no model is scored on it.
      expect(r.pmo.rationale[1]).toMatch(/direction only/);
      expect(r.pmo.rationale.some((x) => /Should the need grow.*\/100/.test(x))).toBe(false);
    }));

  it('KPIs put outcomes first with absolute targets, and no maturity target past level 4 unless it holds one', () =>
    check((_, r) => {
      const kinds = r.pmo.kpis.map((k) => k.kind);
      expect(
        kinds.indexOf('outcome') === -1 ||
          kinds.lastIndexOf('outcome') < Math.max(0, kinds.indexOf('maturity')) ||
          !kinds.includes('maturity'),
      ).toBe(true);
      for (const k of r.pmo.kpis) {
        expect(k.unit.length).toBeGreaterThan(0);
        if (k.kind === 'maturity' && k.baseline !== null) {
          if (k.baseline < 4) expect(k.target).toBeLessThanOrEqual(4);
          // At least half a level to climb, unless the first year's ceiling of level 4 is the target.
          if (k.target > k.baseline && k.target < 4)
            expect(k.target - k.baseline).toBeGreaterThanOrEqual(0.5);
        }
      }
    }));

  it('an office is never credited with more than three times its cost in avoided overruns, less where practice is above average', () =>
    check((_, r) => {
      const overruns = r.pmo.returns.find((x) => x.id === 'overruns-avoided')?.annual;
      if (!overruns || !r.pmo.cost) return;
      // An average organisation stands near 2.5; one at 5 has little waste left to avoid.
      const overall = r.maturity.overall ?? 0;
      const waste = overall <= 2.5 ? 1 : (5 - overall) / 2.5;
      expect(overruns.max).toBeLessThanOrEqual(3 * waste * r.pmo.cost.annual.max + 1000);
    }));

  it('a plan after a team assessment does not survey the current state again', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, surveyed: true });
        const activities = (r?.rollout.phases ?? []).flatMap((p) => p.activities).join(' ');
        expect(activities).not.toMatch(/Interview and survey stakeholders|Validate this assessment/);
        // A new office's charter takes the team's assessment as the current state instead.
        if (
          (r?.rollout.phases ?? []).some((p) => p.id === 'concept-and-charter') &&
          (c.existingPmo ?? 'none') === 'none'
        )
          expect(activities).toMatch(/Take this assessment as the current state/);
      }),
      { numRuns: runs(60), ...SEED },
    ));
});

/**
 * Round 10: the office's services follow its degree of control, its size holds at the rate it is
 * paid, and a change to an office in place is costed as the reorganisation it is. The tables
 * below are the practitioners' classification, written here, not read from the engine.
 */
describe('services, sourcing and change follow the degree of control', () => {
  const RANK = { 'weather-station': 0, 'control-tower': 1, 'resource-source': 2 } as const;
  /** Services that decide or check (the rest report, plan or support): a supportive office only prepares them. */
  const CONTROLLING = new Set(['portfolio-prioritisation', 'standards', 'assurance', 'tooling']);

  it('a service held above the office’s degree of control is offered in its supportive form, unless a regulator requires it', () =>
    check((c, r) => {
      const model = r.pmo.model;
      if (!model) return;
      for (const s of r.pmo.services) {
        const above = CONTROLLING.has(s.id) && RANK[model] < 1;
        const duty = s.id === 'assurance' && c.regulated === true;
        // Round 22: a group's hub holds the minimum common standard whatever its degree of control.
        const minimum = s.name === OFFICE_EN['office.serviceMinimum.standards'];
        const offered = s.reasons.some((x) => /supportive form/.test(x));
        expect(offered).toBe(above && !duty && !minimum);
      }
    }, 300));

  it('a portfolio office, or the hub of a group, always puts the portfolio in order', () =>
    check((_, r) => {
      if (r.pmo.shape === 'portfolio' || r.pmo.shape === 'hub-and-spoke')
        expect(r.pmo.services.map((s) => s.id)).toContain('portfolio-prioritisation');
    }));

  it('an office is bought in only at a size it holds: a hand-over from one and a half people', () =>
    check((_, r) => {
      const { staffing } = r.pmo;
      if (r.pmo.sourcing === 'hybrid' && staffing)
        expect(mid(staffing.fte)).toBeGreaterThanOrEqual(1.5 - 0.05);
    }, 300));

  it('a reset that shrinks the office in place buys nobody in', () =>
    check((c, r) => {
      const { staffing } = r.pmo;
      if (r.pmo.action !== 'reset' || !staffing || !r.pmo.sourcing || c.existingPmoFte === undefined) return;
      if (mid(staffing.fte) < c.existingPmoFte - 0.1) expect(r.pmo.sourcing).toBe('internal');
    }, 300));

  it('no new directive office where resource management is below the defined level', () =>
    check((c, r) => {
      if (r.pmo.model !== 'resource-source' || c.existingPmo === 'resource-source') return;
      const resources = r.maturity.dimensions.find((d) => d.id === 'resources')?.score;
      if (resources !== null && resources !== undefined) expect(resources).toBeGreaterThanOrEqual(3);
    }, 300));

  it('an urgent temporary push gets an office that drives decisions wherever leadership accepts one', () =>
    check((c, r) => {
      if (c.horizon !== 'temporary' || c.urgency !== 'high' || c.controlAppetite === 'low') return;
      if (r.pmo.model !== 'weather-station') return;
      const tower = r.pmo.fit.find((f) => f.model === 'control-tower');
      const best = r.pmo.fit.find((f) => f.model === 'weather-station');
      expect(tower?.eligible === false || (tower?.score ?? 0) < (best?.score ?? 0)).toBe(true);
    }, 300));

  it('a new lasting office takes at most 2 % of the people (a lean owner one person), a coordinator at most 5 %, unless its owner is capital-intensive', () =>
    check((c, r) => {
      const { staffing } = r.pmo;
      if (!staffing || c.horizon !== 'lasting' || (c.existingPmo ?? 'none') !== 'none') return;
      // An owner spending a million or more a year per employee staffs its office from contractors.
      if ((c.annualProjectBudget ?? 0) / c.employees >= 1_000_000) return;
      const share = r.pmo.shape === 'capability-first' ? 0.05 : 0.02;
      // Round 21: a lean owner of its own projects (34 people or more, ten projects or more, EUR 11M a
      // year or more) may have an office of one person, however few its people.
      const lean =
        r.pmo.shape !== 'capability-first' &&
        c.projectsFor !== 'customers' &&
        c.employees >= 34 &&
        c.concurrentProjects >= 10 &&
        (c.annualProjectBudget ?? 0) >= 11_000_000;
      // The top of the range, rounded to a hundredth or a tenth of a person.
      expect(staffing.fte.max).toBeLessThanOrEqual(Math.max(share * c.employees, lean ? 1 : 0) + 0.06);
    }, 300));

  it('a new degree of control for an office in place is costed once as a reorganisation', () =>
    check((c, r) => {
      const existing = c.existingPmo ?? 'none';
      if (existing === 'none' || !r.pmo.model || !r.pmo.staffing) return;
      if (r.pmo.model === existing) return;
      expect(r.pmo.staffing.basis.join(' ')).toMatch(/person-days once/);
      expect(r.pmo.cost?.oneOff.min ?? 0).toBeGreaterThan(0);
    }, 300));

  it('a service of the office in place is credited as working only where its dimensions reach level 3', () =>
    check((_, r) => {
      for (const s of r.pmo.services) {
        if (!s.chosenFor.includes('in-place')) continue;
        const dims = SERVICE_CATALOGUE.find((x) => x.id === s.id)?.dimensions ?? [];
        const gaps = dims.map((id) => {
          const score = r.maturity.dimensions.find((d) => d.id === id)?.score;
          return score === null || score === undefined ? 1 : Math.max(0, 3 - score);
        });
        // On average at most a quarter of a level short: practice that works, not practice to repair.
        expect(gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length)).toBeLessThanOrEqual(0.25 + 1e-9);
      }
    }, 300));
});

/**
 * Round 10: offices in place judged by what they achieve, money before head counts, the people the
 * plan brings in costed, and services only where someone could rate the need. The figures are the
 * practitioners' (level 3 and 1.5, ten million a project, a million a head, fifteen projects a
 * manager), written here.
 */
describe('offices in place, money and people', () => {
  const score = (r: Result, ids: string[]) => {
    const xs = ids
      .map((id) => r.maturity.dimensions.find((d) => d.id === id)?.score)
      .filter((x): x is number => typeof x === 'number');
    return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
  };

  it('a controlling office whose reports and standards work while decisions, benefits and stakeholders stay at 1.5 or below is reset', () =>
    check((c, r) => {
      const existing = c.existingPmo ?? 'none';
      if (existing === 'none' || existing === 'weather-station' || !r.pmo.needed) return;
      const outputs = score(r, ['reporting', 'standards']);
      const outcomes = score(r, ['portfolio', 'benefits', 'stakeholders']);
      if (outputs !== null && outputs >= 3 && outcomes !== null && outcomes <= 1.5)
        expect(r.pmo.action).toBe('reset');
    }, 400));

  it('an office in place over twice what its services need is neither endorsed nor cut on thin evidence', () =>
    check((c, r) => {
      const { staffing } = r.pmo;
      const existing = c.existingPmoFte;
      if (!staffing || existing === undefined || r.evidence.status === 'sufficient') return;
      if (r.pmo.model !== c.existingPmo || r.pmo.action === 'reset') return;
      const spend = c.annualProjectBudget;
      if (spend && existing * 500 * 220 <= 0.01 * spend) return;
      // A directive office's pooled project managers are its people too.
      const pooled = c.existingPmo === 'resource-source' ? c.projectManagers : 0;
      const need = r.pmo.services.reduce((a, x) => a + x.hoursPerWeek, 0) / HOURS_PER_FTE + pooled;
      // The range reaches down to what an office at its line (twice what its services need) keeps,
      // never less than a smaller office would (in-place-line.ts), and no further up than the office in place.
      if (existing > 2.2 * need) {
        // Services' hours are shown rounded one by one, the range to a tenth: a 2 % allowance.
        const line = Math.max(OVERSIZED_FACTOR * need, spend ? (0.01 * spend) / (500 * 220) : 0);
        expect(staffing.fte.min).toBeLessThanOrEqual(
          Math.max(need * 1.25, KEEP_AT_LEAST * line) * 1.02 + 0.1,
        );
        expect(staffing.fte.max).toBeLessThanOrEqual(existing + 0.05);
        expect(staffing.basis.join(' ')).toMatch(/health check/);
      }
    }, 400));

  it('an office is not bought in at a size the spend ceiling cuts', () =>
    check((_, r) => {
      if (r.pmo.sourcing !== 'outsourced' || !r.pmo.staffing) return;
      expect(r.pmo.staffing.basis.join(' ')).not.toMatch(/scaled to \d+ %|services scaled/);
    }, 400));

  it('large projects, or an owner spending a million a year per employee, are never left to a coordinator for want of leads', () =>
    check((c, r) => {
      const spend = c.annualProjectBudget ?? 0;
      const large = spend / Math.max(1, c.concurrentProjects) >= 10_000_000;
      if (large && r.pmo.need.needed) expect(r.pmo.shape).not.toBe('capability-first');
    }, 400));

  it('a push or a large project with nobody who has the expertise is led by someone brought in, and what that costs is said', () =>
    check((c, r) => {
      if (c.pmExpertise !== 'none' || c.concurrentProjects === 0 || c.deliveryApproach === 'agile') return;
      const stakes =
        (c.horizon === 'temporary' && c.urgency !== 'low') ||
        (c.annualProjectBudget ?? 0) / c.concurrentProjects >= 1_000_000;
      // Beside the plan, or in the office's own cost where the person brought in leads the office.
      const said = [...r.rollout.assumptions, ...(r.pmo.cost?.assumptions ?? [])].join(' ');
      if (stakes) expect(said).toMatch(/Not in the office’s cost|the experienced interim the plan brings in/);
    }, 400));

  it('more than fifteen projects per project manager is warned', () =>
    check((c, r) => {
      // Agile delivery is led by product owners: the count of project managers says nothing there.
      // Where the spend shows real projects, the warning is of too few leads, not of activities.
      if (
        c.projectManagers > 0 &&
        c.concurrentProjects > 15 * c.projectManagers &&
        c.deliveryApproach !== 'agile'
      )
        expect(r.warnings.join(' ')).toMatch(spendShowsProjects(c) ? /nobody leads/ : /activities/);
    }));

  it('offices in the units only where each unit has a project manager, and unit offices without a hub only at level 2', () =>
    check((c, r) => {
      if (r.pmo.shape !== 'department' && r.pmo.shape !== 'hub-and-spoke') return;
      expect(c.projectManagers).toBeGreaterThanOrEqual(c.businessUnits ?? 1);
      // A hub builds the practice its units share; unit offices with no hub need it in place.
      if (r.pmo.shape === 'department') expect(r.maturity.level).toBeGreaterThanOrEqual(2);
    }, 400));

  it('a service is built for a gap only where someone could rate it', () =>
    check((_, r) => {
      for (const s of r.pmo.services) {
        if (!s.chosenFor.includes('maturity-gap')) continue;
        const dims = SERVICE_CATALOGUE.find((x) => x.id === s.id)?.dimensions ?? [];
        expect(
          dims.some((id) => typeof r.maturity.dimensions.find((d) => d.id === id)?.score === 'number'),
        ).toBe(true);
      }
    }));

  it('a programme office of three workstreams or more steers them, whatever its maturity', () =>
    check((c, r) => {
      if (r.pmo.shape === 'programme' && c.concurrentProjects >= 3)
        expect(r.pmo.services.map((s) => s.id)).toContain('push-management');
    }, 400));
});

/** Round 11: who staffs a large office, and a few large projects run as one programme. */
describe('large offices and large projects', () => {
  it('an office over a tenth of the people is not staffed from them, unless nothing else may serve', () =>
    check((c, r) => {
      const { staffing } = r.pmo;
      if (r.pmo.sourcing !== 'internal' || !staffing) return;
      if (mid(staffing.fte) > 0.1 * c.employees * 1.05)
        expect(r.pmo.sourcingFit.filter((f) => f.sourcing !== 'internal').every((f) => !f.eligible)).toBe(
          true,
        );
    }, 400));

  it('one to five projects of ten million a year or more each are run as one programme', () =>
    check((c, r) => {
      const spend = c.annualProjectBudget ?? 0;
      if (c.concurrentProjects >= 1 && c.concurrentProjects < 6 && spend / c.concurrentProjects >= 10_000_000)
        expect(r.pmo.scope).toBe('programme');
    }, 400));
});

describe('a working office keeps its people', () => {
  it('an office in place that evolves, to another degree of control or not, keeps room for everyone in it', () =>
    check((c, r) => {
      const { staffing } = r.pmo;
      if (r.pmo.action !== 'evolve' || !staffing || c.existingPmoFte === undefined) return;
      // An oversized office on thin evidence is staffed at its target; the rest of its people stay,
      // shown apart, until the health check (round 17).
      // One over its line keeps what an office at the line keeps (in-place-line.ts, round 23).
      if (/stay in it, pending a health check|not cut for its size alone/.test(staffing.basis.join(' ')))
        return;
      expect(staffing.fte.max).toBeGreaterThanOrEqual(c.existingPmoFte - 0.05);
    }, 400));
});

describe('what would change the recommendation', () => {
  it('every change the sensitivity analysis names happens when the field is changed, stakeholders’ asks and views included', () =>
    fc.assert(
      fc.property(contextArb, teamArb, expectationsArb, (c, team, expectations) => {
        const r = evaluate(QUESTIONNAIRE, c, team, { expectations });
        if (!r) return;
        // The verdict (no office, an office, a programme office), the model and the sourcing.
        const label = (x: Result) => [x.pmo.needed && x.pmo.scope, x.pmo.model, x.pmo.sourcing].join('/');
        for (const s of r.sensitivity ?? []) {
          const changed = evaluate(QUESTIONNAIRE, { ...c, [s.field]: s.to } as OrganisationContext, team, {
            sensitivity: false,
            expectations,
          });
          if (changed) expect(label(changed), `${s.field} → ${String(s.to)}`).not.toBe(label(r));
        }
      }),
      // Each case re-runs every change it names: 60 in the suite, 150 in the reliability run.
      { numRuns: process.env.PMO_FULL_MATRIX ? 150 : 60, ...SEED },
    ));
});

describe('money in any currency', () => {
  it('the same organisation written in euros or in kroner, shillings, yen or dollars gets the same office', () =>
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        // Euros per unit, as an outside reader would look them up.
        fc.constantFrom(
          ['NOK', 0.086] as const,
          ['KES', 0.0071] as const,
          ['JPY', 0.006] as const,
          ['USD', 0.9] as const,
        ),
        (c, team, [code, nok]) => {
          if (c.annualProjectBudget === undefined) return;
          const inEur = evaluate(QUESTIONNAIRE, c, team, {
            sensitivity: false,
            rates: { currency: 'EUR', dayRate: 500, externalDayRate: 1100 },
          });
          const inNok = evaluate(
            QUESTIONNAIRE,
            { ...c, annualProjectBudget: Math.round(c.annualProjectBudget / nok) },
            team,
            {
              sensitivity: false,
              rates: {
                currency: code,
                dayRate: Math.round(500 / nok),
                externalDayRate: Math.round(1100 / nok),
              },
            },
          );
          if (!inEur || !inNok) return;
          const view = (r: Result) =>
            [r.pmo.needed, r.pmo.shape, r.pmo.model, r.pmo.sourcing, r.pmo.scope].join('/');
          expect(view(inNok)).toBe(view(inEur));
          if (inEur.pmo.staffing && inNok.pmo.staffing)
            expect(Math.abs(mid(inNok.pmo.staffing.fte) - mid(inEur.pmo.staffing.fte))).toBeLessThanOrEqual(
              0.02 * mid(inEur.pmo.staffing.fte) + 0.1,
            );
          expect(inNok.warnings.join(' ')).not.toMatch(/does not know the currency/);
        },
      ),
      { numRuns: runs(150), ...SEED },
    ));

  it('a spend in a currency the engine cannot place is said to be read as euros', () =>
    check((c) => {
      if (c.annualProjectBudget === undefined) return;
      const r = evaluate(QUESTIONNAIRE, c, [{}], {
        sensitivity: false,
        rates: { currency: 'XYZ', dayRate: 500 },
      });
      if (r) expect(r.warnings.join(' ')).toMatch(/does not know the currency XYZ/);
    }, 50));
});

describe('who does what', () => {
  it('the responsibility matrix has a row for every service the office offers, and none for one it does not', () =>
    check((c, r) => {
      if (!r.pmo.model || !r.pmo.sourcing) return;
      const offered = r.pmo.services.filter((s) => s.id !== 'office-lead').map((s) => s.name);
      const rows = r.pmo.raci.map((x) => x.service);
      expect(rows.slice(0, offered.length)).toEqual(offered);
      expect(rows.length).toBe(offered.length + (c.regulated ? 1 : 0));
    }, 300));
});

describe('urgent pushes', () => {
  it('an urgent push in an organisation of 100 people or more is never left to a coordinator for want of leads', () =>
    fc.assert(
      fc.property(
        // The organisations the rule is about: few leads, a handful of projects, an urgent push.
        contextArb.map((c) => ({
          ...c,
          horizon: 'temporary' as const,
          urgency: 'high' as const,
          employees: 100 + (c.employees % 5000),
          projectManagers: c.projectManagers % 2,
          concurrentProjects: 1 + (c.concurrentProjects % 9),
        })),
        teamArb,
        (c, team) => {
          const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
          // Capability first may still come from cost or size, never from the shortage of leads.
          if (r?.pmo.shape === 'capability-first')
            expect(r.pmo.rationale.join(' ')).not.toMatch(/would have nobody to support/);
        },
      ),
      { numRuns: runs(200), ...SEED },
    ));
});
