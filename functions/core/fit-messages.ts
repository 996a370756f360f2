import type { ModelFit, PmoShape, SourcingFit, SourcingId, Staffing } from '../contract/result';
import type { NoCall } from './fit-pressures';
import { modelRank } from './pmo-models';
import { type EngineMessage, msg } from './say';
import type { Situation } from './situation';
import { mixedTeamSentence } from './sourcing-push';
import { thinModelMessage } from './thin-evidence';

/** How the rationale states the best fits of model and sourcing, ties named as ties. */

/**
 * "X at 60/100, ahead of Y 55/100" or "X at 60/100, tied with Y": a tie is named a tie, and the
 * rule said is read from the order the models were put in (model-fit.ts), so the words cannot
 * contradict the choice: the first of tied models less controlling than the others is "a tie goes to
 * the less controlling model", more controlling is the regulator's exception (round 18: the
 * rationale stated the first rule and the engine applied the second).
 */
export const bestFitMessage = (
  fit: readonly ModelFit[],
  s: Pick<Situation, 'controlAppetite'> = { controlAppetite: 'medium' },
): EngineMessage | null => {
  const [best, ...rest] = fit.filter((f) => f.eligible);
  if (!best) return null;
  const tiedFits = rest.filter((f) => f.score === best.score);
  const tied = tiedFits.map((f) => msg(`model.${f.model}`));
  const behind = rest
    .filter((f) => f.score !== best.score)
    .map((f) => msg('rationale.scored', { model: msg(`model.${f.model}`), score: f.score }));
  const more = tiedFits.some((f) => modelRank(f.model) < modelRank(best.model));
  // More control on a tie is the stated appetite's or the regulator's (control-tie.ts).
  const why = more ? (s.controlAppetite === 'high' ? 'MoreAppetite' : 'More') : '';
  const key =
    tied.length > 0
      ? behind.length > 0
        ? (`rationale.bestFitTiedAhead${why}` as const)
        : (`rationale.bestFitTied${why}` as const)
      : behind.length > 0
        ? 'rationale.bestFitAhead'
        : 'rationale.bestFit';
  return msg(key, {
    model: msg(`modelName.${best.model}`),
    control: msg(`control.${best.control}`),
    score: best.score,
    tied,
    behind,
  });
};

export const sourcingMessage = (fit: readonly SourcingFit[], chosen: SourcingId): EngineMessage => {
  // Score, ties and reason are the chosen option's own: the sentence never argues for another
  // (round 20: a rationale argued for a mixed team and recommended an internal one).
  const own = fit.find((f) => f.sourcing === chosen) ?? fit[0];
  const tied = fit
    .filter((f) => f.eligible && f !== own && f.score === own?.score)
    .map((f) => msg(`sourcing.${f.sourcing}`));
  return msg(tied.length > 0 ? 'rationale.sourcingTied' : 'rationale.sourcing', {
    sourcing: msg(`sourcing.${chosen}`),
    score: own?.score ?? 0,
    tied,
    reason: own?.reasons[0] ?? '',
  });
};

/**
 * An option's blockers as the rationale says them: a sentence arguing for a mixed team is said only
 * where the mixed team is the sourcing chosen (sourcing-push.ts, keptInsideBlocker).
 */
export const sourcingBlockers = (
  x: SourcingFit,
  chosen: SourcingId,
  say: (m: EngineMessage) => string,
): string[] => {
  if (chosen === 'hybrid') return [...x.blockers];
  const argues = say(mixedTeamSentence);
  return x.blockers.filter((b) => b !== argues);
};

/**
 * Why the recommended model is the one it is, in one sentence: the best fit said as such, or the
 * reason another was kept (thin evidence, a light shape, nothing calling for more control, the
 * office in place kept).
 */
export const modelChoiceMessage = (
  d: { modelReason: 'best' | 'light' | 'in-place' | 'thin'; noCall: NoCall | null; best: ModelFit },
  fit: readonly ModelFit[],
  chosen: ModelFit,
  shape: PmoShape,
  overall: number,
  s: Pick<Situation, 'existingPmo' | 'controlAppetite'>,
): EngineMessage[] => {
  if (d.modelReason === 'thin')
    return [thinModelMessage(s, chosen.model, d.best, d.best.score - chosen.score)];
  if (d.modelReason === 'best') {
    const bestFit = bestFitMessage(fit, s);
    return bestFit ? [bestFit] : [];
  }
  const key =
    d.modelReason === 'light'
      ? shape === 'lean-portfolio'
        ? 'rationale.leanLight'
        : 'rationale.formaliseLight'
      : d.noCall
        ? d.noCall.units !== undefined
          ? 'rationale.federatedKeepsControl'
          : d.noCall.confirm
            ? 'rationale.confirmMoreControl'
            : d.noCall.score === null
              ? 'rationale.noCallForMoreUnrated'
              : 'rationale.noCallForMore'
        : 'rationale.keepsModel';
  return [
    msg(key, {
      dimensions: d.noCall?.dimensions ?? [],
      best: msg(`model.${d.best.model}`),
      score: d.best.score,
      overall,
      model: msg(`model.${chosen.model}`),
      lead: d.best.score - chosen.score,
      units: d.noCall?.units ?? 0,
      works: d.noCall?.works === false ? 0 : 1,
    }),
  ];
};

/**
 * What the sourcing buys, said beside it (round 21: a one-person temporary office bought in whole
 * read "internal"): an own office's lead on contract, coaching for its own lead, or a push office of
 * one seat (at most one FTE) bought in whole: one experienced interim.
 */
export const boughtInMessage = (
  sourcing: SourcingId | null,
  staffing: Staffing | null,
  contractLead: { staffing: Staffing; fte: number } | null,
  coachDays: number,
  horizon: Situation['horizon'],
  unstaffed?: { fte: number; own: number },
): EngineMessage | null => {
  const mid = (x: Staffing) => (x.fte.min + x.fte.max) / 2;
  if (contractLead)
    return msg('rationale.contractLead', {
      fte: contractLead.fte,
      rest: Math.max(0, Math.round((mid(contractLead.staffing) - contractLead.fte) * 10) / 10),
    });
  // The trade of the lead for own people says what it saves (round 30).
  if (coachDays > 0)
    return unstaffed && unstaffed.fte > 0
      ? msg('rationale.coachedLead', { days: coachDays, ...unstaffed })
      : msg('rationale.coachedLeadOverLine', { days: coachDays });
  return sourcing === 'outsourced' && staffing && staffing.fte.max <= 1 && horizon === 'temporary'
    ? msg('rationale.boughtInOneSeat', { fte: Math.round(mid(staffing) * 100) / 100 })
    : null;
};
