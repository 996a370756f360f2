import type { Evidence, PmoAction, PmoModelId, Readiness, SourcingId } from '../contract/result';
import type { Situation } from './situation';

interface RiskInput {
  model: PmoModelId;
  sourcing: SourcingId;
  action: PmoAction;
  readiness: Readiness;
  evidence: Evidence;
  situation: Situation;
}

interface RiskRule {
  when: (i: RiskInput) => boolean;
  risk: string;
  mitigation: string;
}

/** Rollout risks and their mitigations; each rule names the situation that raises it. */
const RULES: readonly RiskRule[] = [
  {
    when: (i) => i.model === 'weather-station',
    risk: 'Reports are seen as paperwork because they lead to no decisions.',
    mitigation: 'Agree with leadership which decisions each report feeds, and track them.',
  },
  {
    when: (i) => i.model === 'control-tower',
    risk: 'Standards feel like bureaucracy on small projects.',
    mitigation: 'Offer a light route for small projects and review the rules after the pilot.',
  },
  {
    when: (i) => i.model === 'resource-source',
    risk: 'Line managers resist losing their say over people.',
    mitigation: 'Put line managers on the portfolio board and publish the allocation rules.',
  },
  {
    when: (i) => i.readiness.stretch,
    risk: 'The office needs capabilities that are not yet in place.',
    mitigation: 'Build them during the pilot and move on only when a re-assessment shows them.',
  },
  {
    when: (i) => i.sourcing === 'outsourced',
    risk: 'Knowledge leaves with the provider; the organisation depends on it.',
    mitigation: 'Own the methods and data by contract, and agree exit terms before the provider starts.',
  },
  {
    when: (i) => i.sourcing === 'hybrid',
    risk: 'The hand-over slips and the outside team stays.',
    mitigation: 'Fix hand-over dates per role in the contract and pair internal staff from the first week.',
  },
  {
    when: (i) => i.situation.horizon === 'temporary',
    risk: 'The office outlives the need it was set up for.',
    mitigation: 'Write the sunset date into the charter and plan the hand-back.',
  },
  {
    when: (i) => i.situation.urgency === 'high' && i.action !== 'keep',
    risk: 'The interim set-up becomes the permanent one by default.',
    mitigation: 'Decide on the lasting set-up when the charter is signed, and end the interim then.',
  },
  {
    when: (i) => i.action === 'reset',
    risk: 'Staff of the current office feel blamed and disengage.',
    mitigation: 'Start from the health-check findings and give them roles in the redesign.',
  },
  {
    when: (i) => i.action === 'evolve',
    risk: 'Users lose services of the current office that they value.',
    mitigation: 'Keep the services the health check shows are used until their replacement runs.',
  },
  {
    when: (i) => i.situation.regulated,
    risk: 'Gaps in records surface in an audit during the change.',
    mitigation:
      'Map regulatory requirements onto decision points before the pilot and keep the audit trail from day one.',
  },
  {
    when: (i) => i.evidence.status !== 'sufficient',
    risk: 'The design rests on thin or inconsistent evidence.',
    mitigation: 'Complete the assessment with more respondents before the charter is signed.',
  },
];

export const rolloutRisks = (input: RiskInput): { risk: string; mitigation: string }[] =>
  RULES.filter((r) => r.when(input)).map(({ risk, mitigation }) => ({ risk, mitigation }));
