import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, PmoModelId } from '../contract/result';
import { assessEvidence } from './evidence';
import { factor } from './factors';
import { modelProfile, modelRank } from './pmo-models';
import { msg, type Say, unsaid } from './say';

/**
 * Situations that weigh on the degree of control whatever the maturity: an urgent temporary push
 * needs decisions taken, strong project managers need little checking. Used by model-fit.ts.
 */

/** Competencies at this level, with strong expertise, make central checking of projects redundant. */
export const STRONG_COMPETENCIES = 3.5;

/** A temporary push at high urgency: it must get decisions taken, not only reported. */
const urgentPush = (c: Pick<OrganisationContext, 'horizon' | 'urgency'>): boolean =>
  c.horizon === 'temporary' && c.urgency === 'high';

/**
 * An urgent push whose leadership accepts control (medium or high appetite) needs decisions from day
 * one: its office holds the push's own gates, baselines, scope freeze and go/no-go, whatever the
 * standing practice of the organisation. The maturity rule (at low maturity visibility comes first,
 * a control tower checks practice that repeats) is for a lasting office and does not hold it to a
 * reporting office. Our judgement, from launch and recovery practice (round 22: a tournament in four
 * months, an electric-vehicle retooling in fourteen, each left to a weather station for want of
 * standing practice).
 */
export const pushNeedsDecisions = (
  c: Pick<OrganisationContext, 'horizon' | 'urgency' | 'controlAppetite'>,
): boolean => urgentPush(c) && c.controlAppetite !== 'low';

export const pushFactor = (c: OrganisationContext, say: Say, points: number): Factor[] =>
  urgentPush(c)
    ? [
        factor(
          'urgent-push',
          say(msg('fit.urgentPush')),
          say(msg('appetite.high')),
          points,
          say(msg('fit.pushDrivesDecisions')),
        ),
      ]
    : [];

/** Strong project managers who practise well run their projects: checking them centrally adds little. */
export const strongLeads = (c: OrganisationContext, competencies: number | null, say: Say): Factor[] =>
  c.pmExpertise === 'strong' && competencies !== null && competencies >= STRONG_COMPETENCIES
    ? [
        factor(
          'strong-leads',
          say(msg('fit.strongLeads')),
          say(msg('fit.score', { score: competencies })),
          -10,
          say(msg('fit.strongLeadsNeedLessChecking')),
        ),
      ]
    : [];

/** Governance and risk control below this, in a regulated organisation, are findings waiting to happen. */
export const REGULATED_CONTROL_LEVEL = 2.5;

/** Offices in place that already hold control over projects: where governance still falls short, it is theirs to answer for. */
const CONTROLLING_IN_PLACE: readonly string[] = ['control-tower', 'resource-source'];

/**
 * A regulator weighs on the degree of control only where the answers show governance and risk
 * control (compliance among them) below REGULATED_CONTROL_LEVEL: the flag alone asks for an
 * evidence trail, not for more control (rounds 14, 15 and 17: a regulated body with compliance
 * rated 4 given reviews and controls for the flag alone). Even then it lifts control neither
 * against a leadership that wants none (low appetite) nor for an office in place that already
 * controls: a regulator asks for an evidence trail, which a supportive office keeps too, and in
 * regulated industries change control sits with quality assurance, not with the PMO; a controlling
 * office under which governance stays short is failing at its own job, and more of its control is
 * no remedy (round 18: a failing control tower in a generics maker that rejects control was kept
 * for the regulator's sake alone). The evidence trail itself stays a duty (office/choice.ts).
 */
export const regulatorFindsGap = (
  c: Pick<OrganisationContext, 'regulated' | 'controlAppetite' | 'existingPmo'>,
  control: number | null,
): control is number =>
  c.regulated === true &&
  c.controlAppetite !== 'low' &&
  !CONTROLLING_IN_PLACE.includes(c.existingPmo ?? 'none') &&
  control !== null &&
  control < REGULATED_CONTROL_LEVEL;

/**
 * A regulated organisation whose governance and risk control are weak needs change that is
 * controlled (approved, recorded, checked), not only reported (round 10).
 */
export const regulatedGap = (
  c: OrganisationContext,
  control: number | null,
  say: Say,
  points: number,
): Factor[] =>
  regulatorFindsGap(c, control)
    ? [
        factor(
          'regulated-control',
          say(msg('fit.regulatedControl')),
          say(msg('fit.score', { score: control })),
          points,
          say(
            msg('fit.regulatorExpectsControlledChange', { score: control, limit: REGULATED_CONTROL_LEVEL }),
          ),
        ),
      ]
    : [];

/** The work a more controlling model adds, scored below this, is a reason to step up to it (TARGET_LEVEL − 0.5). */
export const WEAK_ADDED_WORK = 2.5;

/** Why a working office keeps its degree of control: what the added work scores, or evidence too thin to decide (`confirm`). */
export interface NoCall {
  dimensions: string[];
  score: number | null;
  confirm: boolean;
  /** The units of a federated group whose leadership does not ask the centre for more control. */
  units?: number;
  /**
   * Whether the office in place is shown to work (action.ts): one that is not is said to keep its
   * degree of control, never to work (round 26: "not shown to work" and "works and keeps its degree
   * of control" in one rationale).
   */
  works?: boolean;
}

/**
 * From this many units that lead their own projects (each with a project manager of its own), a
 * group is federated: the units run their projects and allocate their people (office/units.ts,
 * DIRECTIVE_MAX_UNITS, the same line). A working office at the centre of such a group takes more
 * control only where leadership asks for it (a high appetite): neither people fought over (the
 * units' own to settle, with the group's prioritisation and its view of the people they share)
 * nor a regulator's flag (it asks for an evidence trail, held by any office) nor practice ready to
 * standardise raises the centre's control over units that keep their autonomy; an urgent need
 * (a push with a date) still may, as anywhere (noCallForMoreControl). Our judgement,
 * after P3O's hub and spoke, where the hub's authority is what the group's board gives it (round
 * 22: a media group's working supportive office of 3 FTE over five units that want their autonomy
 * was raised to a control tower on a medium appetite, a regulated flag and high contention).
 */
export const FEDERATED_MIN_UNITS = 3;

/** A federated group (FEDERATED_MIN_UNITS units, each with a project manager) whose leadership does not ask for more central control. */
export const federatedWithoutMandate = (
  c: Pick<OrganisationContext, 'businessUnits' | 'projectManagers' | 'controlAppetite'> & {
    sharedPool?: true;
  },
): boolean => {
  const units = c.businessUnits ?? 1;
  // Units that share a pool of people ask the centre to allocate it (office/units.ts, withSharedPool).
  return (
    units >= FEDERATED_MIN_UNITS &&
    c.projectManagers >= units &&
    c.controlAppetite !== 'high' &&
    c.sharedPool !== true
  );
};

/**
 * Why a working office in place would step up to a more controlling model: people fought over,
 * an urgent need, or the work the stronger model adds (its dimensions beyond the office's own)
 * weak. Without one of them, a better score alone is no case for a reorganisation (our judgement,
 * rounds 15 and 16: working control towers turned directive on appetite alone). Null when the
 * step is not upward or a reason exists; otherwise what the added work scores (null if unrated),
 * or `confirm` where the evidence is too thin to reorganise a working office on.
 */
export const noCallForMoreControl = (
  c: OrganisationContext & { sharedPool?: true },
  maturity: Maturity,
  from: PmoModelId,
  to: PmoModelId,
): NoCall | null => {
  if (modelRank(to) <= modelRank(from)) return null;
  // An urgent need cannot wait for more evidence.
  if (c.urgency === 'high') return null;
  // A federated group's centre takes more control only where leadership asks for it (FEDERATED_MIN_UNITS).
  if (federatedWithoutMandate(c))
    return { ...addedWork(maturity, from, to), confirm: false, units: c.businessUnits ?? 1 };
  // Otherwise a working office is reorganised on a view the evidence supports, not on one respondent's.
  if (assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status !== 'sufficient')
    return { dimensions: [], score: null, confirm: true };
  if (c.resourceContention === 'high') return null;
  const { dimensions, score } = addedWork(maturity, from, to);
  if (score !== null && score < WEAK_ADDED_WORK) return null;
  return { dimensions, score, confirm: false };
};

/** The work the stronger model adds (its dimensions beyond the office's own): their names and mean score (null if unrated). */
const addedWork = (
  maturity: Maturity,
  from: PmoModelId,
  to: PmoModelId,
): { dimensions: string[]; score: number | null } => {
  const own = new Set(modelProfile(from).delivers);
  const added = modelProfile(to).delivers.filter((id) => !own.has(id));
  const scores = maturity.dimensions.filter((d) => added.includes(d.id) && d.score !== null);
  const score =
    scores.length === 0
      ? null
      : Math.round((scores.reduce((a, d) => a + (d.score as number), 0) / scores.length) * 100) / 100;
  return { dimensions: scores.map((d) => d.name), score };
};
