import type { OrganisationContext } from '../contract/context';
import type { ModelFit } from '../contract/result';
import { regulatorFindsGap } from './fit-pressures';
import { modelRank } from './pmo-models';
import { type EngineMessage, msg } from './say';

/**
 * Which way a tie on the degree of control is broken. Two eligible models with the same score are
 * equally good fits on every other ground, so the tie goes to the context that decides between a
 * more and a less controlling office: the appetite for central control the user stated. High
 * appetite breaks it toward more control, low and medium toward less (a reporting office is the
 * cheaper one to make more controlling later); a regulator who would find governance and risk
 * control short breaks it toward more control whatever the appetite allows (round 12). Our judgement
 * (round 30: a franchisee's owner who asked for control, with remodels due on the franchisor's dates,
 * was given the reporting-only office on a tie whose own score carried "leadership wants more
 * control than a reporting-only office provides").
 */
export type TieWay = 'less' | 'more-appetite' | 'more-regulator';

export const tieWay = (
  c: Pick<OrganisationContext, 'controlAppetite' | 'regulated' | 'existingPmo'>,
  control: number | null,
): TieWay =>
  c.controlAppetite === 'high' ? 'more-appetite' : regulatorFindsGap(c, control) ? 'more-regulator' : 'less';

/** The sort order of two tied models: the less controlling first, or the more, as tieWay says. */
export const tieOrder = (way: TieWay, a: ModelFit, b: ModelFit): number =>
  way === 'less' ? 0 : modelRank(b.model) - modelRank(a.model);

/** The eligible models tied with the best, the best first (empty where there is no tie). */
export const tiedModels = (fit: readonly ModelFit[]): ModelFit[] => {
  const [best, ...rest] = fit.filter((f) => f.eligible);
  if (!best) return [];
  const tied = rest.filter((f) => f.score === best.score);
  return tied.length > 0 ? [best, ...tied] : [];
};

/**
 * A tie decides the degree of control on no difference in the answers: one step of one field tips
 * it. Said as a knife edge beside the other knife-edge warnings, naming what decided it, so the
 * reader checks the appetite stated before relying on the model (round 30: the tie was broken
 * silently and one more project manager flipped the model).
 */
export const tieWarning = (
  fit: readonly ModelFit[],
  chosen: ModelFit['model'],
  way: TieWay,
): EngineMessage | null => {
  const tied = tiedModels(fit);
  if (tied.length === 0 || tied[0]?.model !== chosen) return null;
  const [best, ...others] = tied;
  return msg(`warning.controlTie.${way}`, {
    model: msg(`model.${best?.model ?? chosen}`),
    tied: others.map((f) => msg(`model.${f.model}`)),
    score: best?.score ?? 0,
  });
};
