import type { Rates } from '../contract/api';
import type { OrganisationContext } from '../contract/context';
import type { Maturity, PmoAction, PmoModelId } from '../contract/result';
import { decideAction, type Views } from './action';
import { DEFAULT_CURRENCY, DEFAULT_DAY_RATE, WORKDAYS_PER_YEAR } from './business-case';
import { noCallForMoreControl, regulatorFindsGap } from './fit-pressures';
import { fitModels } from './model-fit';
import { regulatedControl } from './model-gates';
import { pushBenefitsInPlay } from './office/benefits-context';
import { addedWork, keptAsItIs, structureOfChange, unitsTooSmall } from './office/change';
import { closedInPlace, withChangeDays } from './office/closed-in-place';
import { designOffice, type OfficeDesign } from './office/design';
import { withHubReviews } from './office/hub-first';
import { againstOfficeInPlace, growsWhenKept, handedOver, newToOffice, oversizedOf } from './office/in-place';
import { finalLine, overLineReason } from './office/in-place-line';
import { withPooled } from './office/in-place-pool';
import { heldSentence, seatSaid, shrinksToReset, withViableSeat, workingHeld } from './office/in-place-size';
import { withWorkingPool } from './office/in-place-works';
import { withLeanFunction } from './office/lean-function';
import { leanReporting } from './office/lean-reporting';
import { peopleLeaving } from './office/leaving';
import { mixFteOf } from './office/manager-brake';
import { withStopAsked } from './office/push-triage';
import { modelOnThinEvidence, resetWaits } from './thin-evidence';

export { OVERSIZED_FACTOR, SPEND_NORM } from './office/in-place';

import { type Decision, type Labels, labelOf } from './decision';
import { assessEvidence } from './evidence';
import { type LineOffice, lineOffice, rampedHelp } from './help-ramp';
import { inTheUnits, isOffice, shapeOf, withSharedPool } from './office/shape';
import { heldAcrossLine, ledFirst, partTimeRole } from './part-time-role';
import { assessNeed, MIN_OFFICE_FTE } from './pmo-need';
import { english, msg, type Say, unsaid } from './say';
import { situationOf } from './situation';
import { fitSourcing } from './sourcing';
import { paidSourcing } from './sourcing-paid';

export type { Decision, Labels } from './decision';

export { PART_TIME_ROLE_FTE } from './part-time-role';
/** Changing an office's degree of control is a reorganisation: another model must lead by this much. */
export const MODEL_CHANGE_MARGIN = 15;
export interface DecideExtras {
  expectations?: Readonly<Record<string, number>>;
  importance?: Readonly<Record<string, number>>;
  notApplicable?: ReadonlySet<string>;
  /**
   * A team's views of each dimension, for judging an office in place by its users (action.ts);
   * worked out on first use, once for every decision that asks (the sensitivity probes included).
   */
  views?: () => Views;
}

/** The internal day rate: the one given (edition 2's single rate included), or the default. */
export const internalDayRate = (rates?: Rates): number => rates?.dayRate ?? DEFAULT_DAY_RATE.internal;

/** No office: the labels of every decision whose shape recommends none. */
const NO_OFFICE: Labels = { verdict: 'none', model: 'none', sourcing: 'none' };

/**
 * The decisions in order, each seeing the ones before: need, model (the degree of control),
 * shape, the services and their size, what to do with an office in place, and sourcing. With
 * `labelsOnly` it stops as soon as the labels are known (decideLabels).
 */
const decideUpTo = (
  context: OrganisationContext,
  maturity: Maturity,
  quickWins: readonly string[],
  rates: Rates | undefined,
  say: Say | undefined,
  extras: DecideExtras,
  labelsOnly: boolean,
): Decision | Labels => {
  let situation = withStopAsked(
    withWorkingPool(
      withSharedPool(situationOf(context, rates?.currency), extras.expectations),
      maturity,
      extras.views,
    ),
    extras.expectations,
  );
  const minOfficeCost = MIN_OFFICE_FTE * internalDayRate(rates) * WORKDAYS_PER_YEAR;
  const need = assessNeed(situation, maturity, quickWins, minOfficeCost, say);
  const fit = fitModels(situation, maturity, need.scope, say);
  const best = fit[0];
  if (!best?.eligible) throw new Error('no eligible PMO model');
  let { shape, reason: shapeReason } = shapeOf({
    situation,
    maturity,
    needed: need.needed,
    coordinationRole: need.coordinationRole,
    scope: need.scope,
  });
  let needed = isOffice(shape);
  // Nothing below makes an office of no office: no model, no sourcing.
  if (labelsOnly && !needed) return NO_OFFICE;
  // Formalising what exists, or a lean portfolio, with no office in place needs a supportive
  // office, not a new mandate; an office in place keeps its model unless another fits clearly better.
  const light =
    (shape === 'formalise' ||
      (shape === 'lean-portfolio' && !regulatorFindsGap(situation, regulatedControl(maturity)))) &&
    situation.existingPmo === 'none';
  // An office in place that works keeps its degree of control unless another model leads clearly;
  // one that fails (a reset) is rebuilt on the best fit.
  const inPlaceFit = fit.find((f) => f.model === situation.existingPmo && f.eligible);
  const onBest = needed
    ? decideAction(situation, needed, best.model, fit, maturity, say, extras.views)
    : null;
  const failing = onBest?.action === 'reset';
  // ...and only while it matches what leadership now asks for.
  const matchesAppetite =
    !(situation.existingPmo === 'weather-station' && situation.controlAppetite === 'high') &&
    !(situation.existingPmo !== 'weather-station' && situation.controlAppetite === 'low');
  // A working office steps up to more control only for a reason (fit-pressures.ts), however much
  // better the stronger model scores.
  const noCall =
    inPlaceFit && !failing && matchesAppetite
      ? noCallForMoreControl(situation, maturity, inPlaceFit.model, best.model)
      : null;
  const keepsModel =
    !failing &&
    matchesAppetite &&
    inPlaceFit !== undefined &&
    (best.score - inPlaceFit.score < MODEL_CHANGE_MARGIN || noCall !== null);
  const chosen = keepsModel ? inPlaceFit.model : best.model;
  // On insufficient evidence, no more control than the evidence carries (thin-evidence.ts).
  const thinModel = needed && !light ? modelOnThinEvidence(situation, maturity, fit, chosen) : chosen;
  let model: PmoModelId | null = !needed ? null : light ? 'weather-station' : thinModel;
  // A hub opened first keeps at the hub the reviews its control rests on (office/hub-first.ts).
  situation = withHubReviews({ situation, shape, model, hubOnly: shapeReason === 'hub-first' }).situation;
  const decided =
    onBest && model === best.model
      ? onBest
      : decideAction(situation, needed, model, fit, maturity, say, extras.views);
  // A push never runs beside an office in place: that office runs it (push-beside.ts, round 29).
  let action: PmoAction = decided.action;
  let actionReason = decided.reason;
  // An office in place that stays is never below the viable seat (in-place-size.ts).
  const stays = () => needed && model !== null;
  // A new lean portfolio of many initiatives is a function of about a person (lean-function.ts).
  const seat = (o: OfficeDesign, dayRate: number) =>
    withLeanFunction(withViableSeat(o, situation, stays(), dayRate), situation, shape, say ?? english);
  const design = (dayRate: number, line?: LineOffice) =>
    seat(
      designOffice({
        situation,
        maturity,
        shape: line?.shape ?? shape,
        model: line ? line.model : model,
        helpShare: line?.share,
        scope: need.scope,
        internalDayRate: dayRate,
        expectations: extras.expectations,
        importance: extras.importance,
        notApplicable: extras.notApplicable,
        handOver: handedOver(situation, model),
        leanReporting: leanReporting(situation, decided.action, extras.views?.().questions, {
          works: decided.works,
          expectations: extras.expectations,
        }),
        benefitsInPlay: pushBenefitsInPlay(situation, extras.views?.().questions, maturity.dimensions),
        hubOnly: shapeReason === 'hub-first',
        say: say ?? english,
      }),
      dayRate,
    );
  let office = design(internalDayRate(rates));
  // An office of half a person or less is a part-time role, not an office: it is recommended as one;
  // one that nobody can lead is capability first (part-time-role.ts).
  const partTime = needed ? partTimeRole(situation, office, shape) : null;
  // A part-time role is no office: its labels are known, as where none is needed above.
  if (labelsOnly && partTime) return NO_OFFICE;
  if (partTime) {
    shape = 'capability-first';
    shapeReason = partTime;
    needed = false;
    model = null;
    action = 'none';
    actionReason = (say ?? english)(msg('action.none'));
    // Where nobody can lead it, its form changes, not its hours: the same services (part-time-role.ts).
    // Below the line the form changes, not the help: the role keeps the office's hours (part-time-role.ts).
    office =
      partTime === 'no-expertise'
        ? ledFirst(office, say ?? english)
        : heldAcrossLine(situation, office, design(internalDayRate(rates)), say ?? english);
  }
  // Below the lines that open an office, the part-time help holds a share of that office (help-ramp.ts).
  const atLine = () =>
    shapeOf({ situation, maturity, needed: true, coordinationRole: false, scope: need.scope }).shape;
  const line = partTime ? null : lineOffice(situation, need, shape, shapeReason, atLine, best.model);
  if (line) office = rampedHelp(office, design(internalDayRate(rates), line), say ?? english);
  // Offices in the units too small to work are one central office instead (change.ts).
  const unitsSmall = unitsTooSmall(situation, shape, office);
  if (unitsSmall) {
    [shape, shapeReason] = ['portfolio', unitsSmall];
    office = design(internalDayRate(rates));
  }
  // A working office that would simply be kept keeps how it is organised (change.ts, keptAsItIs).
  if ((action === 'keep' || decided.improves) && inTheUnits(shape)) {
    const units = shape;
    shape = 'portfolio';
    const central = design(internalDayRate(rates));
    if (keptAsItIs(situation, central, decided.works))
      [shapeReason, office] = [action === 'keep' ? 'kept-structure' : 'kept-improved', central];
    else shape = units;
  }
  const inPlaceFte = situation.existingPmoFte;
  // An office in place over twice what its services need, on evidence too thin to cut it: the
  // recommendation is what the services need, and a health check confirms it before anyone moves.
  let oversizedUnconfirmed = false;
  let cutOversized = false;
  let cutUnconfirmed = false;
  // An office that works keeps its people unless it is oversized; every reset, within its model or
  // not, is sized by what its services need, the rest shown apart with the HR step (in-place.ts).
  const inPlace = (o: OfficeDesign) => ({
    // An office moved into the units builds offices there, sized by the norms (in-place.ts).
    added: inTheUnits(shape) ? undefined : newToOffice(o.services),
    // A working office that evolves to another degree of control keeps its people too (round 12:
    // a working 45-person office became 6–9 people on a change of model).
    keepsPeople: !oversizedUnconfirmed && !cutOversized && (action === 'keep' || action === 'evolve'),
    confirmFirst: oversizedUnconfirmed || cutUnconfirmed,
    resets: action === 'reset',
    line: over && !held ? over.line : undefined,
    unitSeats: !inTheUnits(shape),
    perFte: {
      amount: internalDayRate(rates) * WORKDAYS_PER_YEAR,
      currency: rates?.currency ?? DEFAULT_CURRENCY,
    },
  });
  const designInPlace = (dayRate: number) => {
    const o = design(dayRate);
    if (o.staffing) o.servicesFte = o.staffing.fte;
    if (o.staffing) o.staffing = againstOfficeInPlace(o.staffing, situation, say ?? english, inPlace(o));
    return o;
  };
  // Over its line (twice what its services need, or a spend line): it evolves to what an office at
  // the line keeps; on thin evidence the rest waits for a health check (in-place.ts).
  const over =
    office.staffing && (action === 'keep' || action === 'evolve')
      ? oversizedOf(situation, office.staffing, maturity, internalDayRate(rates), decided.works)
      : null;
  // A working office is never cut on thin evidence, whatever the action: it keeps its people (in-place-size.ts).
  const held =
    over && workingHeld(decided.works, over.sure && !decided.divided, over.wide, decided.mature)
      ? over
      : null;
  if (over && !held) {
    [cutOversized, oversizedUnconfirmed] = [over.sure, !over.sure];
    // Size alone never resets an office: it evolves to what an office at its line keeps (in-place-line.ts).
    [action, actionReason] = ['evolve', (say ?? english)(overLineReason(situation, over))];
    if (office.staffing) office.servicesFte = office.staffing.fte;
  }
  const overSaid = actionReason;
  // Keeping an office that takes on services it has never run is a change: it evolves, unless
  // they are a small share of its work, added as it runs (round 16: one new service in a working
  // office set off a 65-week change programme).
  const added = addedWork(situation, office, decided.works, shape);
  if (!oversizedUnconfirmed && action === 'keep' && added)
    [action, actionReason] = [added.action, (say ?? english)(added.reason)];
  if (action === 'evolve' && shapeReason === 'kept-structure') shapeReason = 'kept-improved';
  if (office.staffing && action === 'keep' && inPlaceFte !== undefined) {
    // Keeping an office that grows materially, at what it delivers plus what is new to it, is a
    // change to manage: it evolves ("keep" and growth never go together, in-place.ts).
    if (growsWhenKept(office, inPlaceFte)) {
      action = 'evolve';
      actionReason = (say ?? english)(
        msg('action.evolveGrow', {
          model: msg(`model.${situation.existingPmo as PmoModelId}`),
          existing: inPlaceFte,
        }),
      );
    }
  }
  if (office.staffing && model === 'resource-source')
    office.staffing = withPooled(office.staffing, situation, say ?? english);
  // A reset cutting over a fifth of its office on thin evidence is a target to confirm (thin-evidence.ts).
  cutUnconfirmed = resetWaits(situation, action, office.staffing, maturity);
  if (office.staffing)
    office.staffing = againstOfficeInPlace(office.staffing, situation, say ?? english, inPlace(office));
  if (held && office.staffing && inPlaceFte !== undefined)
    office.staffing = heldSentence(office.staffing, inPlaceFte, held.need, say ?? english, decided);
  // A change of model that also shrinks the office by a quarter or more is a reset (in-place-size.ts).
  const smaller = shrinksToReset(situation, model, action, office.staffing, over !== null && !held);
  if (smaller) [action, actionReason] = ['reset', (say ?? english)(smaller)];
  // An office in place that is cut, or kept, stays central; one that changes anyway and moves into
  // the units is restructured, said as one (change.ts).
  const structure = structureOfChange(situation, model, shape, office, action, {
    oversized: oversizedUnconfirmed || cutOversized,
  });
  if (structure === 'cut-first') {
    [shape, shapeReason] = ['portfolio', structure];
    office = designInPlace(internalDayRate(rates));
  } else if (structure) [action, actionReason] = ['evolve', (say ?? english)(structure)];
  const fteOf = (o: OfficeDesign) => (o.staffing ? (o.staffing.fte.min + o.staffing.fte.max) / 2 : 0);
  const teamStays = decided.teamStays;
  const sourcingModel = model ?? best.model;
  // An office that decides over the organisation's people: a directive one, or one whose capacity
  // plan a leadership wanting central control enforces (our judgement: a push borrows the sponsor's
  // authority to allocate people, and that authority stays inside).
  const allocatesPeople = (o: OfficeDesign) =>
    sourcingModel === 'resource-source' ||
    (situation.controlAppetite === 'high' && o.services.some((x) => x.id === 'capacity-planning'));
  const fitAt = (o: OfficeDesign) =>
    fitSourcing(situation, sourcingModel, action, say, {
      officeFte: fteOf(o),
      range: o.staffing?.fte,
      mixFte: mixFteOf(o),
      teamStays,
      allocatesPeople: allocatesPeople(o),
      leaving: peopleLeaving(situation, o.staffing, action, cutUnconfirmed),
    });
  let sourcingFit = fitAt(office);
  let bestSourcing = sourcingFit[0];
  let coachedLead = false;
  let coachedUnstaffed: { fte: number; own: number } | undefined;
  if (!bestSourcing?.eligible) throw new Error('no eligible sourcing');
  if (needed && (situation.annualProjectBudget ?? 0) > 0) {
    const paid = paidSourcing(situation, maturity.dimensions, rates, {
      action,
      shape,
      fits: sourcingFit,
      current: office,
      internalRate: internalDayRate(rates),
      design: designInPlace,
      fitAt,
      say: say ?? english,
    });
    coachedLead = paid.coachedLead;
    coachedUnstaffed = paid.unstaffed;
    sourcingFit = paid.fits;
    if (paid.office) office = paid.office;
    bestSourcing = sourcingFit[0] ?? bestSourcing;
  }
  // The rest sizes the office's change: no label reads it.
  if (labelsOnly) return labelOf({ needed, need, model, sourcing: needed ? bestSourcing.sourcing : null });
  // The line's reason is said from the office finally recommended, not the one first designed.
  if (over && !held && actionReason === overSaid)
    actionReason = (say ?? english)(overLineReason(situation, finalLine(over, office.servicesFte)));
  // One person holds it: a deputy is named (in-place-size.ts).
  office = seatSaid(office, situation, stays(), say ?? english);
  office = withChangeDays(office, situation, model, shape, say ?? english);
  // An office in place closed says what stays, who goes with HR, and what it saves (closed-in-place.ts).
  const thin = assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status !== 'sufficient';
  const closed = needed ? null : closedInPlace(situation, office, inPlace(office).perFte, thin);
  if (closed) actionReason = `${actionReason} ${(say ?? english)(closed)}`;
  return {
    situation,
    need,
    fit,
    sourcingFit,
    best,
    needed,
    shape,
    shapeReason,
    modelReason:
      !needed || model === best.model ? 'best' : light ? 'light' : thinModel !== chosen ? 'thin' : 'in-place',
    noCall:
      needed && model !== best.model && !light && thinModel === chosen && noCall
        ? { ...noCall, works: decided.works }
        : null,
    office,
    action,
    actionReason,
    model,
    sourcing: needed ? bestSourcing.sourcing : null,
    ...(coachedLead ? { coachedLead, coachedUnstaffed } : {}),
    ...(cutUnconfirmed ? { cutWaits: true } : {}),
  };
};

export const decide = (
  context: OrganisationContext,
  maturity: Maturity,
  quickWins: readonly string[] = [],
  rates?: Rates,
  say?: Say,
  extras: DecideExtras = {},
): Decision => decideUpTo(context, maturity, quickWins, rates, say, extras, false) as Decision;

/**
 * The verdict, model and sourcing alone, by the same rules as decide: no sentence is said, and it
 * stops where they are known (the sensitivity analysis probes dozens of contexts for them alone).
 */
export const decideLabels = (
  context: OrganisationContext,
  maturity: Maturity,
  rates?: Rates,
  extras: DecideExtras = {},
): Labels => {
  const d = decideUpTo(context, maturity, [], rates, unsaid, extras, true);
  return 'verdict' in d ? d : labelOf(d);
};
