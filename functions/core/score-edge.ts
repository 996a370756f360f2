import type { ExistingPmo, OrganisationContext } from '../contract/context';
import type { Maturity, ModelFit, PmoAction, PmoModelId, Readiness } from '../contract/result';
import { judgeOffice, NO_VIEWS, RESET_BELOW, type Views } from './action';
import { tieWarning, tieWay } from './control-tie';
import { regulatedControl } from './model-gates';
import { round2 } from './numbers';
import { type EngineMessage, msg, type Say } from './say';

/**
 * Knife-edge scores: a score within this distance of the bar a decision reads (a model's
 * prerequisite level, the reset boundary) decides its label on a difference the answers do not
 * carry. Our judgement (round 29: a reset on reporting at 1.95 against 2.00, a control tower "all in
 * place" on 2.06 and 2.13): 0.15 of a level is about one rating point moved by one respondent in
 * a team of six on a dimension of four questions, or one rating moved half a point in a quick check,
 * well inside what one person's reading of a question changes. The same role the context borderline
 * warnings play for headcount and project counts (borderline.ts, BORDERLINE_SHARE).
 */
export const SCORE_EDGE_MARGIN = 0.15;

const EPSILON = 1e-9;

/** A score within SCORE_EDGE_MARGIN of its bar, either side. */
export const nearBar = (score: number | null | undefined, bar: number): boolean =>
  typeof score === 'number' && Math.abs(score - bar) <= SCORE_EDGE_MARGIN + EPSILON;

type Capability = Readiness['capabilities'][number];

/** The readiness prerequisites whose score lies within the margin of the level required. */
export const edgeCapabilities = (readiness: Pick<Readiness, 'capabilities'>): Capability[] =>
  readiness.capabilities.filter((c) => nearBar(c.score, c.required));

const capabilityOf = (c: Capability): EngineMessage =>
  msg('scoreEdge.capability', { dimension: c.name, score: c.score ?? 0, level: c.required });

/** The office in place's own scores that decide whether it is reset, when one is within the margin. */
export const edgeOfficeScores = (
  existing: ExistingPmo,
  action: PmoAction,
  maturity: Maturity,
  views: () => Views,
): { name: string; score: number }[] => {
  if (existing === 'none' || (action !== 'reset' && action !== 'evolve' && action !== 'keep')) return [];
  const judged = judgeOffice(existing, maturity, views());
  const found: { name: string; score: number }[] = [];
  // The mean of what it delivers: below the bar resets it.
  if (nearBar(judged.delivered, RESET_BELOW))
    found.push({ name: 'delivered', score: round2(judged.delivered ?? 0) });
  // Reporting and governance both below the bar reset it: the higher of the two decides (said only
  // when the mean has not already been: one warning per office).
  const basics = judged.basics.filter((x): x is number => typeof x === 'number');
  if (found.length === 0 && basics.length === judged.basics.length && basics.length > 0) {
    const top = Math.max(...basics);
    if (nearBar(top, RESET_BELOW)) found.push({ name: 'basics', score: round2(top) });
  }
  return found;
};

/**
 * The warnings for labels a knife-edge score decides: the readiness of the model recommended (in
 * place or to build) and, for an office in place, whether it is reset. Reads the result already
 * decided: it designs nothing again.
 */
export const scoreEdgeWarnings = (
  pmo: {
    needed: boolean;
    readiness?: Pick<Readiness, 'capabilities'> | null;
    action: PmoAction;
    model?: PmoModelId | null;
    fit?: readonly ModelFit[];
  },
  s: Pick<OrganisationContext, 'controlAppetite' | 'regulated' | 'existingPmo'>,
  maturity: Maturity,
  views: (() => Views) | undefined,
  say: Say,
): string[] => {
  const existing: ExistingPmo = s.existingPmo ?? 'none';
  const out: string[] = [];
  // A tie on the degree of control is a knife edge too (control-tie.ts).
  const tie =
    pmo.needed && pmo.model && pmo.fit
      ? tieWarning(pmo.fit, pmo.model, tieWay(s, regulatedControl(maturity)))
      : null;
  if (tie) out.push(say(tie));
  const edges = pmo.needed && pmo.readiness ? edgeCapabilities(pmo.readiness) : [];
  if (edges.length > 0)
    out.push(
      say(
        msg('warning.scoreEdgeReadiness', {
          capabilities: edges.map(capabilityOf),
          margin: SCORE_EDGE_MARGIN,
        }),
      ),
    );
  for (const e of edgeOfficeScores(existing, pmo.action, maturity, views ?? (() => NO_VIEWS)))
    out.push(
      say(
        msg(e.name === 'delivered' ? 'warning.scoreEdgeOffice' : 'warning.scoreEdgeBasics', {
          score: e.score,
          limit: RESET_BELOW,
          margin: SCORE_EDGE_MARGIN,
        }),
      ),
    );
  return out;
};
