import type { Evidence, PmoAction, PmoModelId, PmoShape, Readiness, SourcingId } from '../contract/result';
import { type EngineKey, english, msg, type Say } from './say';
import type { Situation } from './situation';

interface RiskInput {
  model: PmoModelId;
  sourcing: SourcingId;
  action: PmoAction;
  readiness: Readiness;
  evidence: Evidence;
  situation: Situation;
  shape?: PmoShape;
}

interface RiskRule {
  when: (i: RiskInput) => boolean;
  risk: EngineKey;
  mitigation: EngineKey;
}

/** Rollout risks and their mitigations; each rule names the situation that raises it. */
const RULES: readonly RiskRule[] = [
  {
    when: (i) => i.model === 'weather-station',
    risk: 'risk.weatherStation.risk',
    mitigation: 'risk.weatherStation.mitigation',
  },
  {
    // Standards read as bureaucracy where an office brings new ones, not where it keeps a
    // programme's controls or formalises what works.
    when: (i) =>
      i.model === 'control-tower' &&
      i.action !== 'keep' &&
      i.shape !== 'programme' &&
      i.shape !== 'formalise',
    risk: 'risk.controlTower.risk',
    mitigation: 'risk.controlTower.mitigation',
  },
  {
    when: (i) => i.model === 'resource-source',
    risk: 'risk.resourceSource.risk',
    mitigation: 'risk.resourceSource.mitigation',
  },
  {
    when: (i) => i.readiness.stretch,
    risk: 'risk.stretch.risk',
    mitigation: 'risk.stretch.mitigation',
  },
  {
    when: (i) => i.sourcing === 'outsourced',
    risk: 'risk.outsourced.risk',
    mitigation: 'risk.outsourced.mitigation',
  },
  {
    when: (i) => i.sourcing === 'hybrid',
    risk: 'risk.hybrid.risk',
    mitigation: 'risk.hybrid.mitigation',
  },
  {
    when: (i) => i.situation.horizon === 'temporary',
    risk: 'risk.temporary.risk',
    mitigation: 'risk.temporary.mitigation',
  },
  {
    when: (i) => i.situation.urgency === 'high' && i.action !== 'keep',
    risk: 'risk.urgentInterim.risk',
    mitigation: 'risk.urgentInterim.mitigation',
  },
  {
    when: (i) => i.action === 'reset',
    risk: 'risk.reset.risk',
    mitigation: 'risk.reset.mitigation',
  },
  {
    when: (i) => i.action === 'evolve',
    risk: 'risk.evolve.risk',
    mitigation: 'risk.evolve.mitigation',
  },
  {
    when: (i) => i.situation.regulated,
    risk: 'risk.regulated.risk',
    mitigation: 'risk.regulated.mitigation',
  },
  {
    when: (i) => i.evidence.status !== 'sufficient',
    risk: 'risk.thinEvidence.risk',
    mitigation: 'risk.thinEvidence.mitigation',
  },
];

export const rolloutRisks = (input: RiskInput, say: Say = english): { risk: string; mitigation: string }[] =>
  RULES.filter((r) => r.when(input)).map(({ risk, mitigation }) => ({
    risk: say(msg(risk)),
    mitigation: say(msg(mitigation)),
  }));
