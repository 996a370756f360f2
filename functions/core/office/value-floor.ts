import type { Situation } from '../situation';
import type { ServiceId } from './catalogue';

/**
 * The fewest hours a week a push's benefits tracking gives each initiative it tracks, however many
 * there are and however small each one's spend: the lasting office's own figure per project
 * (catalogue.ts, about 12 minutes a week), with no economies of scale and no small-project discount
 * below it. A cost, efficiency, integration or value-creation push exists for the value of each
 * initiative: every one is baselined, re-forecast and checked against the books on its own, and a
 * shared register does not make that check shorter (round 31: 4.9 hours a week for 300 initiatives
 * of a EUR 120m cost programme, 0.8 hours for a 35-initiative EBITDA plan, falling per initiative
 * as the count grew). Our judgement: at this floor 300 initiatives take about 60 hours a week,
 * one and a half people, the finance controller and tracker keeper the reviewers staff a cost
 * programme's office with.
 */
export const PUSH_BENEFIT_FLOOR_PER_INITIATIVE = 0.2;

/** The floor on a push's benefits tracking, in hours a week at full effort; 0 for every other service and a lasting office. */
export const pushBenefitFloor = (
  id: ServiceId,
  s: Pick<Situation, 'horizon'>,
  initiatives: number,
): number =>
  id === 'benefits-tracking' && s.horizon === 'temporary'
    ? initiatives * PUSH_BENEFIT_FLOOR_PER_INITIATIVE
    : 0;
