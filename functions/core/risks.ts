import type {
  DimensionScore,
  Evidence,
  PmoAction,
  PmoModelId,
  PmoScope,
  PmoService,
  PmoShape,
  Readiness,
  SourcingId,
} from '../contract/result';
import { AT_SCALE_PROJECTS, weakInPlace } from './rollout-basics';
import { type EngineKey, english, msg, type Say } from './say';
import type { Situation } from './situation';

export interface RiskInput {
  model: PmoModelId;
  sourcing: SourcingId;
  action: PmoAction;
  readiness: Readiness;
  /** Without it, the evidence is taken as sufficient (no thin-evidence risk). */
  evidence?: Evidence;
  situation: Situation;
  shape?: PmoShape;
  scope?: PmoScope;
  /** The plan's phases: a risk about a phase (an interim set-up, a hand-back) needs that phase. */
  phases: readonly { id: string }[];
  services?: readonly PmoService[];
  dimensions?: readonly DimensionScore[];
  /** A hybrid office whose mixed team lasts (sourcing-mix.ts): nothing is handed over. */
  mixedForGood?: boolean;
  /** One person holds the office in place that stays (office/in-place-size.ts): its deputy is named. */
  keyPerson?: boolean;
}

type IdOf<K> = K extends `risk.${infer Id}.risk` ? Id : never;
/** A risk said in the catalogue as `risk.<id>.risk`, with its `risk.<id>.mitigation`. */
type RiskId = IdOf<EngineKey>;

interface RiskRule {
  /** The situation in the result that raises the risk: without it, the risk is not named. */
  when: (i: RiskInput) => boolean;
  /** The risk and its mitigation are said by `risk.<id>.risk` and `risk.<id>.mitigation`. */
  id: RiskId;
}

const hasPhase = (i: RiskInput, id: string): boolean => i.phases.some((p) => p.id === id);

/**
 * Rollout risks and their mitigations; each rule names the situation in the result that raises it
 * (round 10: no risk without its trigger, and a lasting office always has at least two).
 */
export const RISK_RULES: readonly RiskRule[] = [
  {
    when: (i) => i.model === 'weather-station',
    id: 'weatherStation',
  },
  {
    // Standards read as bureaucracy where an office brings new ones, not where it keeps a
    // programme's controls or formalises what works.
    when: (i) =>
      i.model === 'control-tower' &&
      i.action !== 'keep' &&
      i.shape !== 'programme' &&
      i.shape !== 'formalise',
    id: 'controlTower',
  },
  {
    // Line managers lose their say over people when a directive office takes it, not when it has it.
    when: (i) => i.model === 'resource-source' && i.action !== 'keep',
    id: 'resourceSource',
  },
  {
    when: (i) => i.shape === 'hub-and-spoke',
    id: 'hubResisted',
  },
  {
    when: (i) => i.shape === 'hub-and-spoke' || i.shape === 'department',
    id: 'unitsDiverge',
  },
  {
    when: (i) => i.shape === 'hub-and-spoke',
    id: 'hubBureaucracy',
  },
  {
    when: (i) => i.scope === 'programme',
    id: 'programmeControls',
  },
  {
    when: (i) => i.readiness.stretch,
    id: 'stretch',
  },
  {
    when: (i) => i.sourcing === 'outsourced',
    id: 'outsourced',
  },
  {
    when: (i) => i.sourcing === 'hybrid' && i.mixedForGood !== true,
    id: 'hybrid',
  },
  {
    when: (i) => i.sourcing === 'hybrid' && i.mixedForGood === true,
    id: 'mixedForGood',
  },
  {
    when: (i) => hasPhase(i, 'hand-back-and-sunset'),
    id: 'temporary',
  },
  {
    when: (i) => hasPhase(i, 'interim-set-up'),
    id: 'urgentInterim',
  },
  {
    when: (i) => i.action === 'reset',
    id: 'reset',
  },
  {
    when: (i) => i.action === 'evolve',
    id: 'evolve',
  },
  {
    when: (i) => i.action === 'keep',
    id: 'keptDrift',
  },
  {
    // Services the office runs without results: the plan strengthens them, and they carry their name.
    when: (i) => weakInPlace(i.services ?? [], i.dimensions ?? []).length > 0,
    id: 'repair',
  },
  {
    when: (i) => i.situation.concurrentProjects >= AT_SCALE_PROJECTS,
    id: 'scale',
  },
  {
    when: (i) => i.situation.regulated,
    id: 'regulated',
  },
  {
    // An office that stays is judged by its results at every budget round; a push ends instead.
    when: (i) => !hasPhase(i, 'hand-back-and-sunset'),
    id: 'lastingValue',
  },
  {
    // An office in place one person holds stops when that person does (office/in-place-size.ts).
    when: (i) => i.keyPerson === true && !hasPhase(i, 'hand-back-and-sunset'),
    id: 'keyPerson',
  },
  {
    when: (i) => i.evidence !== undefined && i.evidence.status !== 'sufficient',
    id: 'thinEvidence',
  },
];

const said =
  (say: Say) =>
  ({ id }: RiskRule) => ({
    risk: say(msg(`risk.${id}.risk`)),
    mitigation: say(msg(`risk.${id}.mitigation`)),
  });

export const rolloutRisks = (input: RiskInput, say: Say = english): { risk: string; mitigation: string }[] =>
  RISK_RULES.filter((r) => r.when(input)).map(said(say));

/**
 * The risks a direction names: those of the situation and the evidence alone. A direction shows no
 * design (no sourcing, staffing or plan), so the risks of a design it does not show are not said.
 */
const DIRECTION_RISKS: readonly RiskId[] = ['scale', 'regulated', 'thinEvidence'];

export const directionRisks = (
  input: Pick<RiskInput, 'situation' | 'evidence'>,
  say: Say = english,
): { risk: string; mitigation: string }[] =>
  // These rules read only the situation and the evidence.
  RISK_RULES.filter((r) => DIRECTION_RISKS.includes(r.id) && r.when(input as RiskInput)).map(said(say));
