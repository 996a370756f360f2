import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { OrganisationContext } from '../../../functions/contract/context';
import { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE, QUESTIONNAIRE_2026_1 } from '../../../functions/core';
import { context, uniformAnswers } from './fixtures';

type Ctx = Parameters<typeof context>[0];
const run = (
  ctx: Ctx,
  answers: Answers | Answers[] = uniformAnswers(3),
  rates?: { currency: string; dayRate: number },
) => {
  const r = evaluate(QUESTIONNAIRE, context(ctx), Array.isArray(answers) ? answers : [answers], { rates });
  if (!r) throw new Error('expected a result');
  return r;
};
const ids = (r: ReturnType<typeof run>) => (r.rollout.phases ?? []).map((p) => p.id);

/** An 8-person design agency running 40 small client jobs with 2 account leads. */
const AGENCY: Ctx = {
  employees: 8,
  concurrentProjects: 40,
  projectManagers: 2,
  resourceContention: 'medium',
};
/** A 1,500-person manufacturer replacing its ERP: one large, temporary programme. */
const ERP: Ctx = {
  employees: 1500,
  concurrentProjects: 1,
  projectManagers: 3,
  horizon: 'temporary',
  annualProjectBudget: 8_000_000,
  controlAppetite: 'medium',
};
/** An IT department of a 900-person insurer: many projects, one pool of specialists, a mandate. */
const INSURER: Ctx = {
  employees: 900,
  concurrentProjects: 30,
  projectManagers: 10,
  resourceContention: 'high',
  controlAppetite: 'high',
  pmExpertise: 'none',
  urgency: 'high',
  horizon: 'temporary',
};

describe('need is proportional, not counted', () => {
  it('an 8-person agency with 40 small jobs gets a part-time coordination role, not an office', () => {
    const r = run(AGENCY);
    expect(r.pmo).toMatchObject({ needed: false, model: null, action: 'none' });
    expect(r.pmo.need.gates.find((g) => g.id === 'office-share')?.passed).toBe(false);
    // A practitioner's bound, not the engine's: for eight people, at most a few hours a week.
    expect(r.pmo.staffing?.fte.max ?? 0).toBeLessThanOrEqual(0.4);
    if (r.pmo.staffing) expect(r.pmo.staffing.roles[0]?.role).toMatch(/Part-time/);
    expect(r.warnings.join(' ')).toMatch(/more than 3 per person/);
  });

  it('a 1,500-person manufacturer with one ERP programme gets a programme office bounded by its horizon', () => {
    const r = run(ERP);
    expect(r.pmo).toMatchObject({ needed: true, scope: 'programme', action: 'establish' });
    expect(r.pmo.model).not.toBe('resource-source');
    expect(r.pmo.fit.find((f) => f.model === 'resource-source')?.blockers.join(' ')).toMatch(/programme/);
    // A practitioner's bound: a programme office of this kind winds down within about fourteen months.
    expect(r.rollout.totalWeeks).toBeLessThanOrEqual(60);
    expect(ids(r).at(-1)).toBe('hand-back-and-sunset');
    expect(ids(r)).not.toContain('roll-out');
  });

  it('many small jobs per manager count for less than the same number of real projects', () => {
    const jobs = run({ employees: 60, concurrentProjects: 40, projectManagers: 2 });
    const projects = run({ employees: 60, concurrentProjects: 40, projectManagers: 8 });
    expect(jobs.pmo.need.score).toBeLessThan(projects.pmo.need.score);
  });
});

describe('gates come before points', () => {
  it('low appetite for control rules out both controlling models, with the blocker named', () => {
    const r = run({ ...INSURER, controlAppetite: 'low' });
    expect(r.pmo.model).toBe('weather-station');
    const blocked = r.pmo.fit.filter((f) => !f.eligible).map((f) => f.model);
    expect(blocked.sort()).toEqual(['control-tower', 'resource-source']);
    expect(r.pmo.rationale.join(' ')).toMatch(
      /Resource source is not eligible: Appetite for central control is low/,
    );
  });

  it('an urgent temporary need never gets a directive office: it borrows the sponsor’s authority', () => {
    const r = run(INSURER);
    expect(r.pmo.model).not.toBe('resource-source');
    expect(r.pmo.fit.find((f) => f.model === 'resource-source')?.blockers.join(' ')).toMatch(
      /temporary push/,
    );
    // A directive office, were it ever chosen, keeps its decision rights inside.
    const lasting = run({ ...INSURER, horizon: 'lasting' });
    if (lasting.pmo.model === 'resource-source')
      expect(lasting.pmo.sourcingFit.find((s) => s.sourcing === 'outsourced')?.blockers[0]).toMatch(
        /decision rights stay inside/,
      );
  });

  it('high appetite without competition for people is no mandate to allocate them', () => {
    const r = run({ ...INSURER, resourceContention: 'low' });
    expect(r.pmo.model).not.toBe('resource-source');
    expect(r.pmo.fit.find((f) => f.model === 'resource-source')?.blockers.join(' ')).toMatch(/mandate/);
  });
});

describe('readiness follows the capabilities a model needs', () => {
  it('strong standards and weak portfolio practice skip the control tower the organisation already runs', () => {
    const answers = uniformAnswers(3, {
      standards: 4,
      lifecycle: 4,
      reporting: 3,
      portfolio: 1,
      resources: 1,
    });
    const r = run({ ...INSURER, horizon: 'lasting', urgency: 'low', pmExpertise: 'basic' }, answers);
    // What already runs is never scheduled again, and the office built is never a step passed.
    // Shared people, not standards, are its pain: a weather station with the scheduling mandate
    // (shared-people.ts) is the office itself, never a step passed.
    if (r.pmo.model !== 'weather-station')
      expect(r.pmo.readiness.passed).toEqual(expect.arrayContaining(['weather-station']));
    expect(r.pmo.readiness.passed).not.toContain(r.pmo.model);
    if (r.pmo.model === 'resource-source')
      expect(r.pmo.readiness.capabilities.filter((c) => !c.met).map((c) => c.dimension)).toEqual([
        'portfolio',
        'resources',
      ]);
  });

  it('weak reporting and standards start from visibility: the path begins at a weather station', () => {
    const r = run({ concurrentProjects: 12 }, uniformAnswers(1));
    expect(r.pmo.readiness.stagedPath[0]).toBe('weather-station');
    expect(r.pmo.readiness.stagedPath.at(-1)).toBe(r.pmo.model);
  });

  it('one answer moving from 1 to 2 in a weak dimension leaves level and plan in place', () => {
    const before = uniformAnswers(3, { resources: 1 });
    const after = { ...before, 'res-visibility': 2 };
    const a = run({ concurrentProjects: 12 }, before);
    const b = run({ concurrentProjects: 12 }, after);
    expect(b.maturity.level).toBe(a.maturity.level);
    expect(b.rollout.totalWeeks).toBe(a.rollout.totalWeeks);
  });
});

describe('evidence has a minimum', () => {
  it('one answer of 5 is insufficient: no level 5, no capability proven', () => {
    const r = run({ concurrentProjects: 12 }, { 'std-method': 5 });
    expect(r.evidence.status).toBe('insufficient');
    expect(r.maturity.level).toBeLessThanOrEqual(2);
    expect(r.maturity.confidence).toBe('low');
    expect(r.pmo.readiness.capabilities.every((c) => !c.met)).toBe(true);
    expect(r.evidence.reasons.join(' ')).toMatch(/Rate more questions/);
  });

  it('answers of 1, 5, 1, 5 inside every dimension are flagged, not read as a consistent level 3', () => {
    const alternating = Object.fromEntries(
      QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q, i) => [q.id, i % 2 === 0 ? 1 : 5])),
    );
    const r = run({}, [alternating, alternating, alternating]);
    expect(r.maturity.dimensions.every((d) => !d.consistent && d.confidence === 'low')).toBe(true);
    expect(r.evidence.status).toBe('provisional');
    expect(r.warnings.some((w) => /disagree/.test(w))).toBe(true);
    expect(r.pmo.readiness.capabilities.every((c) => !c.met)).toBe(true);
  });

  it('one low-confidence answer does not cap the organisation', () => {
    const answers: Answers = { ...uniformAnswers(4) };
    for (const q of QUESTIONNAIRE.dimensions.find((d) => d.id === 'resources')?.questions ?? [])
      answers[q.id] = 'dont-know';
    answers['res-visibility'] = 1;
    const r = run({}, [answers, answers, answers]);
    expect(r.maturity.level).toBe(4);
    expect(r.maturity.basis).not.toContain('resources');
  });

  it('three consistent respondents with full coverage are sufficient and high', () => {
    const r = run({}, [uniformAnswers(3), uniformAnswers(3), uniformAnswers(4)]);
    expect(r.evidence.status).toBe('sufficient');
    expect(r.maturity.confidence).toBe('high');
  });
});

describe('the context shapes the plan', () => {
  it('a re-assessment of a working control tower keeps it, from a health check, never establishing', () => {
    const r = run({ existingPmo: 'control-tower', concurrentProjects: 12 }, uniformAnswers(3));
    expect(['keep', 'evolve']).toContain(r.pmo.action);
    expect(ids(r)[0]).toBe('health-check');
    expect(ids(r)).not.toContain('current-state-analysis');
  });

  it('an existing office whose own services score below 2 is reset', () => {
    const r = run(
      { existingPmo: 'weather-station', concurrentProjects: 12 },
      uniformAnswers(3, { reporting: 1 }),
    );
    expect(r.pmo.action).toBe('reset');
  });

  it('a directive office kept against low appetite is reset', () => {
    const r = run({ existingPmo: 'resource-source', controlAppetite: 'low', concurrentProjects: 30 });
    expect(r.pmo.action).toBe('reset');
    expect(r.warnings.join(' ')).toMatch(/directive office runs today/);
  });

  it('rising maturity never raises the need: practice that works takes points away', () => {
    const scores = [1, 2, 3, 4, 5].map(
      (rating) => run({ concurrentProjects: 12 }, uniformAnswers(rating)).pmo.need.score,
    );
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1] as number);
  });

  it('a temporary, urgent need starts with an interim set-up and ends with hand-back and sunset', () => {
    // A push of 30 workstreams: one of 15 at level 3 is a one-person office since round 30 (its
    // repeats cost less, office/push-repeats.ts), whose own lead is that person, with no interim.
    const r = run({ concurrentProjects: 30, horizon: 'temporary', urgency: 'high' });
    expect(ids(r)[0]).toBe('interim-set-up');
    expect(ids(r).at(-1)).toBe('hand-back-and-sunset');
    expect(r.rollout.totalWeeks).toBeLessThanOrEqual(60);
  });

  it('an outside provider starts only after procurement has agreed service levels', () => {
    // Nobody to lead the push and nothing to keep (no project managers of its own): bought in whole.
    const r = run(
      { concurrentProjects: 15, horizon: 'temporary', pmExpertise: 'none', projectManagers: 0 },
      // Answers such a firm can give: below the defined practice nobody in it could run.
      uniformAnswers(2),
    );
    expect(r.pmo.sourcing).toBe('outsourced');
    const procurement = (r.rollout.phases ?? []).findIndex((p) => p.id === 'procurement');
    const provider = (r.rollout.phases ?? []).findIndex((p) => p.owners.includes('PMO provider'));
    expect(procurement).toBeGreaterThanOrEqual(0);
    // The provider owns no phase before procurement (round 15: the charter comes first, without it).
    expect(provider === -1 || procurement < provider).toBe(true);
    expect(ids(r).indexOf('concept-and-charter')).toBeLessThan(procurement);
    expect((r.rollout.phases ?? [])[procurement]?.activities.join(' ')).toMatch(/service levels/);
  });

  it('regulation adds assurance work, a RACI row and a need factor', () => {
    // Fifteen projects: an office (twelve are now a part-time role, its lead no longer counted on top).
    const r = run({ concurrentProjects: 15, regulated: true });
    expect((r.rollout.phases ?? []).flatMap((p) => p.activities).join(' ')).toMatch(/audit trail/);
    expect(r.pmo.raci.map((x) => x.service)).toContain('Regulatory assurance and audit trail');
    expect(r.pmo.need.factors.find((f) => f.id === 'regulation')?.points).toBe(10);
  });

  it('5 employees and 500 project managers are refused on projectManagers', () => {
    const parsed = OrganisationContext.safeParse(context({ employees: 5, projectManagers: 500 }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['projectManagers']);
  });

  it('old contexts without the new fields still parse and evaluate', () => {
    expect(OrganisationContext.safeParse(context()).success).toBe(true);
    expect(['establish', 'none']).toContain(run({}).pmo.action);
  });
});

describe('every number can be re-derived', () => {
  it('fit scores are their base plus factor points, and the base is in the Result', () => {
    const r = run({ concurrentProjects: 12 });
    for (const f of [...r.pmo.fit, ...r.pmo.sourcingFit])
      expect(f.score).toBe(Math.max(0, Math.min(100, f.base + f.factors.reduce((s, x) => s + x.points, 0))));
    expect(r.pmo.need.score).toBe(r.pmo.need.base + r.pmo.need.factors.reduce((s, x) => s + x.points, 0));
  });

  it('compares a threshold on the value it shows: 2.50 does not count as below 2.5', () => {
    const r = run({ concurrentProjects: 12 }, uniformAnswers(3, { reporting: 2 }));
    const answers = {
      ...uniformAnswers(3),
      'rep-status': 2,
      'rep-metrics': 3,
      'rep-truth': 2,
      'rep-decisions': 3,
    };
    const at = run({ concurrentProjects: 12, controlAppetite: 'low' }, answers);
    const gap = at.pmo.fit
      .find((f) => f.model === 'weather-station')
      ?.factors.find((f) => f.id === 'reporting-gap');
    expect(gap).toMatchObject({ value: '2.50', points: 0 });
    expect(r.maturity.dimensions.find((d) => d.id === 'reporting')?.questionScores).toHaveLength(4);
  });

  it('names a tie as a tie', () => {
    const contexts: Ctx[] = [];
    for (const controlAppetite of ['low', 'medium', 'high'] as const)
      for (const resourceContention of ['low', 'medium', 'high'] as const)
        for (const concurrentProjects of [4, 8, 12, 20, 40])
          contexts.push({ controlAppetite, resourceContention, concurrentProjects });
    const tied = [1, 2, 3, 4]
      .flatMap((rating) => contexts.map((c) => run(c, uniformAnswers(rating))))
      .find(
        (r) =>
          r.pmo.needed && r.pmo.fit.filter((f) => f.eligible && f.score === r.pmo.fit[0]?.score).length > 1,
      );
    expect(tied).toBeDefined();
    expect(tied?.pmo.rationale.join(' ')).toMatch(/tied with/);
  });
});

describe('the business case', () => {
  it('staffs, costs and measures the office, with a RACI, risks and sensitivity', () => {
    const r = run(INSURER);
    expect(r.pmo.staffing?.roles.map((x) => x.role).join(' ')).toMatch(/lead/i);
    expect(r.pmo.services.length).toBeGreaterThan(0);
    expect(r.pmo.cost?.currency).toBe('EUR');
    expect(r.pmo.kpis.length).toBeGreaterThanOrEqual(1);
    expect(r.pmo.kpis.length).toBeLessThanOrEqual(6);
    expect(r.pmo.raci.every((x) => x.accountable !== 'PMO provider')).toBe(true);
    expect(r.rollout.risks.length).toBeGreaterThanOrEqual(3);
    expect(r.sensitivity.length).toBeGreaterThan(0);
    for (const s of r.sensitivity) {
      const changed = evaluate(QUESTIONNAIRE, { ...context(INSURER), [s.field]: s.to }, [uniformAnswers(3)]);
      const same =
        changed?.pmo.needed === r.pmo.needed &&
        changed?.pmo.model === r.pmo.model &&
        changed?.pmo.sourcing === r.pmo.sourcing &&
        changed?.pmo.scope === r.pmo.scope;
      expect(same, `${s.field} → ${s.to}`).toBe(false);
    }
  });

  it('a day rate in the request replaces the default', () => {
    const r = run({ concurrentProjects: 12 }, uniformAnswers(3), { currency: 'CHF', dayRate: 1000 });
    const fte = r.pmo.staffing?.fte ?? { min: 0, max: 0 };
    expect(r.pmo.cost).toMatchObject({ currency: 'CHF' });
    expect(r.pmo.cost?.annual.max).toBe(Math.round((fte.max * 1000 * 220) / 1000) * 1000);
  });

  it('the Result satisfies its own contract', () => {
    for (const ctx of [AGENCY, ERP, INSURER, { existingPmo: 'control-tower' as const }])
      expect(Result.safeParse(run(ctx)).success).toBe(true);
  });
});

describe('editions', () => {
  it('answers given to 2026.1 still score by 2026.1', () => {
    const old = Object.fromEntries(
      QUESTIONNAIRE_2026_1.dimensions.flatMap((d) => d.questions.map((q) => [q.id, 3])),
    );
    const r = evaluate(QUESTIONNAIRE_2026_1, context(), [old]);
    expect(r?.questionnaireVersion).toBe('2026.1');
    expect(r?.maturity.dimensions).toHaveLength(10);
    expect(r?.maturity.overall).toBe(3);
  });
});
