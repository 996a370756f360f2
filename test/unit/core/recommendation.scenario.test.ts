import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { context, uniformAnswers } from './fixtures';

/**
 * A portfolio large enough for an office: eight projects in 300 people is a part-time coordinator's
 * work since edition 3 sizes the office from its services, so these scenarios start from twenty.
 */
const OFFICE_SIZED = { concurrentProjects: 20, projectManagers: 6 } as const;
const run = (ctx: Parameters<typeof context>[0], answers = uniformAnswers(3)) => {
  const result = evaluate(QUESTIONNAIRE, context({ ...OFFICE_SIZED, ...ctx }), [answers]);
  if (!result) throw new Error('expected a result');
  return result;
};

/** Many concurrent projects fighting for the same people, and leadership wanting control. */
const MANY_PROJECTS_WITH_A_MANDATE = {
  employees: 800,
  concurrentProjects: 30,
  projectManagers: 12,
  resourceContention: 'high',
  controlAppetite: 'high',
} as const;

describe('does the organisation need a PMO?', () => {
  it('a small firm with two projects needs no PMO and gets a plan without one', () => {
    // Practice below level 3: the plan builds the basics and practises them; at twelve people no
    // office fits the headcount, so the plan says from what size to ask again (round 15).
    const small = {
      employees: 12,
      concurrentProjects: 2,
      projectManagers: 1,
      resourceContention: 'low',
    } as const;
    const r = run(small, uniformAnswers(2));
    expect(r.pmo.needed).toBe(false);
    expect(r.pmo.model).toBeNull();
    expect(r.pmo.sourcing).toBeNull();
    expect(r.pmo.need.verdict).toMatch(/No PMO/);
    expect(r.pmo.need.alternatives.length).toBeGreaterThanOrEqual(3);
    expect((r.rollout.phases ?? []).map((p) => p.id)).toEqual(['shared-basics', 'practice']);
    expect(r.pmo.fit).toHaveLength(3);
    // At level 3 those basics are in place: the plan keeps what works, and is shorter.
    const settled = run(small);
    expect((settled.rollout.phases ?? []).map((p) => p.id)).toEqual(['shared-basics']);
    expect(settled.rollout.totalWeeks ?? 0).toBeLessThan(r.rollout.totalWeeks ?? 0);
  });

  it('two projects are too few for a portfolio office in a mid-sized firm', () => {
    const r = run({ employees: 200, concurrentProjects: 2, projectManagers: 2, resourceContention: 'high' });
    expect(r.pmo.needed).toBe(false);
    expect(r.pmo.need.verdict).toMatch(/too little to coordinate/);
  });

  it('two large projects in a 5,000-person firm get an office scoped to the programme', () => {
    const r = run({
      employees: 5000,
      concurrentProjects: 2,
      projectManagers: 10,
      resourceContention: 'high',
    });
    expect(r.pmo).toMatchObject({ needed: true, scope: 'programme' });
    expect(r.pmo.model).not.toBe('resource-source');
  });

  it('a few projects with no competition for people stay below the threshold', () => {
    const r = run({ employees: 40, concurrentProjects: 4, projectManagers: 1, resourceContention: 'low' });
    expect(r.pmo.needed).toBe(false);
    expect(r.pmo.need.score).toBeLessThan(r.pmo.need.threshold);
  });

  it('need points add up exactly from the factors shown', () => {
    const r = run({
      employees: 300,
      concurrentProjects: 25,
      projectManagers: 4,
      resourceContention: 'medium',
    });
    expect(r.pmo.need.score).toBe(r.pmo.need.factors.reduce((s, f) => s + f.points, 0));
    expect(r.pmo.needed).toBe(true);
  });
});

describe('which PMO model fits', () => {
  it('many projects fighting for the same people with a mandate for control point to a resource source', () => {
    const r = run(MANY_PROJECTS_WITH_A_MANDATE, uniformAnswers(3));
    expect(r.pmo.model).toBe('resource-source');
    expect(r.pmo.fit[0]?.control).toBe('directive');
    expect(r.pmo.readiness.stretch).toBe(false);
  });

  it('a culture wary of control with little visibility points to a weather station', () => {
    const r = run(
      { concurrentProjects: 25, controlAppetite: 'low', resourceContention: 'low' },
      uniformAnswers(2, { reporting: 1 }),
    );
    expect(r.pmo.model).toBe('weather-station');
    expect(r.pmo.fit[0]?.reasons.join(' ')).toMatch(/wary of central control/);
  });

  it('inconsistent practice with moderate appetite for control points to a control tower', () => {
    const r = run(
      { concurrentProjects: 25, controlAppetite: 'medium', resourceContention: 'medium' },
      // Standards at level 2, the tower's prerequisite (round 21); the lifecycle is what differs.
      uniformAnswers(3, { standards: 2, lifecycle: 1 }),
    );
    expect(r.pmo.model).toBe('control-tower');
    expect(r.pmo.fit[0]?.control).toBe('controlling');
  });

  it('a directive model needs defined practice: at level 1 it is not eligible, and the reason is named', () => {
    const r = run(
      { concurrentProjects: 40, controlAppetite: 'high', resourceContention: 'high', employees: 2000 },
      uniformAnswers(1),
    );
    expect(r.pmo.model).not.toBe('resource-source');
    expect(r.pmo.fit.find((f) => f.model === 'resource-source')?.blockers.join(' ')).toMatch(/level 3/);
  });

  it('every fit score equals 50 plus its factor points, clamped to 0–100', () => {
    const r = run({ concurrentProjects: 12 });
    for (const f of r.pmo.fit) {
      const raw = 50 + f.factors.reduce((s, x) => s + x.points, 0);
      expect(f.score).toBe(Math.max(0, Math.min(100, raw)));
    }
  });
});

describe('what a PMO would bring', () => {
  it('argues with the benefits of the recommended model, weakest area first', () => {
    const r = run(MANY_PROJECTS_WITH_A_MANDATE, uniformAnswers(3, { resources: 1, portfolio: 2 }));
    expect(r.pmo.needed).toBe(true);
    // The first benefit names the weakest area the recommended model works on, with its score.
    expect(r.pmo.benefits[0]?.because).toMatch(/scores \d\.\d\d of 5 today/);
  });

  it('promises only what the model does: a weather station does not allocate people', () => {
    const r = run(
      { concurrentProjects: 25, controlAppetite: 'low', resourceContention: 'low' },
      uniformAnswers(2, { reporting: 1 }),
    );
    expect(r.pmo.model).toBe('weather-station');
    expect(r.pmo.benefits.map((b) => b.benefit)).toEqual([
      'Better decisions from consolidated, trusted project data',
      'An independent view of every project for senior management',
    ]);
  });

  it('lists none when no PMO is needed', () => {
    expect(run({ employees: 10, concurrentProjects: 1 }).pmo.benefits).toEqual([]);
  });
});

describe('sourcing', () => {
  it('no in-house expertise, nobody to keep it, urgency and a temporary need point to outsourcing', () => {
    const r = run({
      pmExpertise: 'none',
      projectManagers: 0,
      urgency: 'high',
      horizon: 'temporary',
      concurrentProjects: 15,
    });
    expect(r.pmo.sourcing).toBe('outsourced');
  });

  it('strong expertise, no rush and a lasting need point to an internal PMO', () => {
    const r = run({ pmExpertise: 'strong', urgency: 'low', horizon: 'lasting', concurrentProjects: 25 });
    expect(r.pmo.sourcing).toBe('internal');
  });

  it('basic expertise, urgency and a lasting need keep the office the organisation’s own, with outside help handed over', () => {
    const r = run({
      pmExpertise: 'basic',
      urgency: 'high',
      horizon: 'lasting',
      concurrentProjects: 40,
      projectManagers: 12,
    });
    // A lasting office is not run by a consultancy for ever.
    expect(r.pmo.sourcing).not.toBe('outsourced');
    if (r.pmo.sourcing === 'hybrid')
      expect((r.rollout.phases ?? []).flatMap((p) => p.activities).join(' ')).toMatch(/Hand over/);
  });
});

describe('rollout plan', () => {
  it('has the four phases in order (the assessment is the current state), back to back, with owners and exit criteria', () => {
    const r = run({ concurrentProjects: 40, projectManagers: 12, pmExpertise: 'strong', urgency: 'low' });
    expect(r.pmo.sourcing).toBe('internal');
    expect((r.rollout.phases ?? []).map((p) => p.id)).toEqual([
      'concept-and-charter',
      'pilot',
      'roll-out',
      'operate-and-improve',
    ]);
    let week = 0;
    for (const p of r.rollout.phases ?? []) {
      expect(p.startWeek).toBe(week);
      expect(p.owners.length).toBeGreaterThan(0);
      expect(p.exitCriterion.length).toBeGreaterThan(10);
      week += p.durationWeeks;
    }
    expect(r.rollout.totalWeeks).toBe(week);
  });

  it('turns the weakest dimensions into the pilot\u2019s quick wins', () => {
    const r = run({ concurrentProjects: 25 }, uniformAnswers(3, { resources: 1, tools: 2 }));
    const pilot = (r.rollout.phases ?? []).find((p) => p.id === 'pilot');
    expect(pilot?.activities[0]).toMatch(/^Quick win for Resource management/);
    expect(pilot?.activities[1]).toMatch(/^Quick win for Tools and information/);
  });

  it('takes longer in a large organisation than in a small one', () => {
    const small = run({ employees: 60, concurrentProjects: 12 });
    const large = run({ employees: 5000, concurrentProjects: 12 });
    expect(large.rollout.totalWeeks ?? 0).toBeGreaterThan(small.rollout.totalWeeks ?? 0);
  });

  it('sets up faster when outsourced than when built internally', () => {
    // The set-up the office itself runs; procurement and the interim set-up come on top.
    const setup = (r: ReturnType<typeof run>) =>
      (r.rollout.phases ?? [])
        .filter((p) => ['concept-and-charter', 'pilot'].includes(p.id))
        .reduce((s, p) => s + p.durationWeeks, 0);
    const outsourced = run({
      pmExpertise: 'none',
      urgency: 'high',
      horizon: 'temporary',
      concurrentProjects: 40,
      projectManagers: 12,
    });
    const internal = run({
      pmExpertise: 'strong',
      urgency: 'low',
      horizon: 'lasting',
      concurrentProjects: 40,
      projectManagers: 12,
    });
    expect(setup(outsourced)).toBeLessThan(setup(internal));
  });
});
