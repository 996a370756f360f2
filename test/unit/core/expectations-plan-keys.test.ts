import { describe, expect, it } from 'vitest';
import type { DimensionScore, PmoRecommendation, RolloutPhase } from '../../../functions/contract/result';
import { agreedWithPlan, writtenSteps } from '../../../functions/core/expectations';
import { english, msg, type Say } from '../../../functions/core/say';

/**
 * Whether the plan starts an asked-for service is read from the keys its steps were written from,
 * never from their words: a step that merely reads like a starting step does not start the service,
 * and a starting step still counts where every step reads alike.
 */

const unanswered = (service: string): PmoRecommendation['expectations'][number] => ({
  service,
  label: service,
  share: 0.5,
  answered: false,
  because: 'nobody holds the mandate',
});
const asked = [unanswered('risk-support'), unanswered('status-reporting')];

const dimension = (id: string, name: string, score: number): DimensionScore => ({
  id,
  name,
  score,
  level: 2,
  answered: 4,
  questionsAnswered: 4,
  questions: 4,
  confidence: 'medium',
  spread: 0,
  consistent: true,
  sufficient: true,
  questionScores: [],
});
const DIMENSIONS = [dimension('risk-control', 'Risk control', 2.25), dimension('reporting', 'Reporting', 3)];

const phase = (activities: string[]): RolloutPhase => ({
  id: 'concept-and-charter',
  name: 'phase',
  startWeek: 0,
  durationWeeks: 1,
  activities,
  milestones: [],
  owners: [],
  exitCriterion: '',
});

const answeredOf = (r: PmoRecommendation['expectations']) =>
  Object.fromEntries(r.map((e) => [e.service, e.answered]));

describe('the expectations the plan starts', () => {
  it('are read from the keys of the steps the plan wrote', () => {
    const steps = writtenSteps(english);
    const activities = [steps.say(msg('plan.holdAShortStatusRound'))];
    const r = agreedWithPlan(asked, { phases: [phase(activities)] }, DIMENSIONS, steps.written, english);
    expect(answeredOf(r)).toEqual({ 'risk-support': false, 'status-reporting': true });
    expect(r[1]?.because).toContain(activities[0]);
  });

  it('never from words alone: the same words written from another key start nothing', () => {
    // Every message reads alike: only the keys tell the steps apart.
    const same: Say = () => 'one step';
    const steps = writtenSteps(same);
    const activities = [steps.say(msg('plan.pmoTeam'))];
    const none = agreedWithPlan(asked, { phases: [phase(activities)] }, DIMENSIONS, steps.written, same);
    expect(answeredOf(none)).toEqual({ 'risk-support': false, 'status-reporting': false });
    steps.say(msg('plan.startAWeeklyStatusRound'));
    const both = agreedWithPlan(asked, { phases: [phase(activities)] }, DIMENSIONS, steps.written, same);
    expect(answeredOf(both)).toEqual({ 'risk-support': true, 'status-reporting': true });
  });

  it("take a quick win only for the service's own dimension", () => {
    const steps = writtenSteps(english);
    const win = (d: DimensionScore) =>
      steps.say(msg('rollout.quickWin', { dimension: d.name, score: d.score as number, action: 'act' }));
    const risk = agreedWithPlan(
      asked,
      { phases: [phase([win(DIMENSIONS[0] as DimensionScore)])] },
      DIMENSIONS,
      steps.written,
      english,
    );
    expect(answeredOf(risk)).toEqual({ 'risk-support': true, 'status-reporting': false });
  });
});
