import type { PmoModelId, PmoShape } from '../../contract/result';
import type { Situation } from '../situation';
import type { OfficeDesign } from './types';

/**
 * What changing an office in place means: which of its services are new to it, and what moving
 * its people, its degree of control or its structure costs once (decide.ts applies them).
 */

/** Person-days of reorganisation per FTE that moves in or out of an office in place (our judgement). */
export const CHANGE_DAYS_PER_FTE = 5;
/**
 * A new degree of control for an office in place: new charter and decision rights, agreement with
 * line managers, a period of running old and new side by side: this many person-days, plus
 * MODEL_CHANGE_DAYS_PER_FTE for each of its people whose work changes (our judgement).
 */
export const MODEL_CHANGE_DAYS = 20;
export const MODEL_CHANGE_DAYS_PER_FTE = 3;
/** Turning a central office into a hub with unit offices: this many person-days per unit (our judgement). */
export const HUB_CHANGE_DAYS_PER_UNIT = 20;

/** A change of model that leaves less than this share of the people in place is a reset. */
export const SHRINK_IS_RESET = 0.75;
/** An office kept in place that must grow by this factor or more evolves instead. */
export const GROWTH_IS_CHANGE = 1.5;

/**
 * New services up to this share of a working office's hours are added as it runs (it is kept);
 * more is a change of the office (it evolves). Our judgement: a third of the work is where a team's
 * charter and roles start to change.
 */
export const NEW_WORK_SHARE = 1 / 3;

/** The services an office in place has never run, and their share of its hours (the lead aside). */
export const newWorkOf = (office: OfficeDesign): { services: string[]; share: number } => {
  let all = 0;
  let added = 0;
  const services: string[] = [];
  for (const x of office.services) {
    if (x.id === 'office-lead') continue;
    all += x.hoursPerWeek;
    if (x.chosenFor.includes('in-place')) continue;
    added += x.hoursPerWeek;
    services.push(x.name);
  }
  return { services, share: all > 0 ? added / all : 0 };
};

/** What changing an office in place costs once, beyond its services: null when it keeps its model and structure. */
export const changeOfOffice = (
  s: Situation,
  model: PmoModelId | null,
  shape: PmoShape,
  besideExisting: boolean,
  officeFte: number,
): { what: ('model' | 'shape')[]; days: number } | null => {
  if (s.existingPmo === 'none' || besideExisting || model === null) return null;
  const newModel = model !== s.existingPmo;
  const newShape = shape === 'hub-and-spoke';
  if (!newModel && !newShape) return null;
  const days =
    (newModel
      ? MODEL_CHANGE_DAYS + MODEL_CHANGE_DAYS_PER_FTE * Math.max(officeFte, s.existingPmoFte ?? 0)
      : 0) + (newShape ? HUB_CHANGE_DAYS_PER_UNIT * (s.businessUnits ?? 1) : 0);
  return {
    what: [...(newModel ? ['model' as const] : []), ...(newShape ? ['shape' as const] : [])],
    days: Math.round(days),
  };
};
