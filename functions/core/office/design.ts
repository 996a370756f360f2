import type { PmoService, Staffing } from '../../contract/result';
import { customerOfficeBound, forCustomers, type OrderBound, orderBoundWords } from '../customer-orders';
import { controlledOrders } from '../order-controls';
import { msg, unsaid } from '../say';
import { statedSpend } from '../situation';
import { capitalIntensive } from '../spend-scale';
import { answeredBy } from './answered';
import { askedFirst, askedFirstNote } from './asked-first';
import { HOURS_PER_FTE, serviceSpec } from './catalogue';
import {
  askedShare,
  candidatesFor,
  ratedGap,
  type Sized,
  scoresOf,
  sizeOne,
  sized as withSize,
} from './choice';
import { consolidated, mostAskedRaised } from './consolidate';
import { customerCosting } from './customer-costing';
import { effortLine, heldEffort } from './effort-line';
import { holdsInvestmentReview } from './group-hub';
import { heldShareOf } from './held-share';
import { hubOnly, orderControlsBilled, unitSentences, unitsPayOwn, withHubReviews } from './hub-first';
import { coordinationOnOffices } from './hub-ties';
import { brakeTopHours, managerBrake } from './manager-brake';
import { formReasons, serviceName } from './names';
import { painOf, TARGET_LEVEL } from './order';
import { inServiceOrder } from './precedence';
import { centreControls, officesRunning, rolesOf } from './roles';
import { setupDaysOf } from './setup-days';
import { plansInUnits } from './shape';
import { assumedSizeNote } from './size-assumed';
import { COORDINATION_MAX_FTE, HOLD_NOTES, headcountHold, headcountLine } from './size-line';
import { sizedByProjectSize } from './sizing';
import { COURSE_DAYS, coachingIsCourse, coordinationUrgencyShare } from './small-coaching';
import { ROUNDING_MARGIN, spendShareFor } from './spend-share';
import {
  HOURS_BELOW_FTE,
  half,
  MIN_OFFICE_HOURS,
  MIN_SERVICE_HOURS,
  roundFte,
  STAFFING_SPREAD,
  tenth,
  WEAK_GAP,
  WORKDAYS_PER_YEAR,
} from './staffing-units';
import { templatesForWeakStandards } from './supportive-standards';
import type { DesignInput, OfficeDesign } from './types';

export { MIN_SETUP_DAYS, SETUP_DAYS_PER_FTE, SETUP_FULL_FROM_FTE, setupDaysOf } from './setup-days';
export type { DesignInput, LeftOutWhy, OfficeDesign } from './types';

/**
 * The office as the services it offers: which ones (the shape, the degree of control, the gaps,
 * the situation and what stakeholders asked for), in what order (order.ts), and how big the sum
 * is. docs/scoring.md, "Sizing from services".
 */

export { COORDINATION_HEADCOUNT_SHARE, COORDINATION_MAX_FTE, OFFICE_HEADCOUNT_SHARE } from './size-line';
export {
  HOURS_BELOW_FTE,
  MIN_OFFICE_HOURS,
  MIN_SERVICE_HOURS,
  STAFFING_SPREAD,
  WEAK_GAP,
  WORKDAYS_PER_YEAR,
} from './staffing-units';

const costOfHours = (hours: number, dayRate: number) => (hours / HOURS_PER_FTE) * dayRate * WORKDAYS_PER_YEAR;

export const designOffice = (given: DesignInput): OfficeDesign => {
  // A hub opened first keeps the reviews its control rests on (hub-first.ts).
  const i = withHubReviews(given);
  const { situation: s, say } = i;
  // A probe that says nothing (the sensitivity analysis) gets services and sizes, no sentences or roles.
  const quiet = say === unsaid;
  const { chosen: offered, leftOut: considered } = candidatesFor(i);
  // A small firm's leads take a one-off course, counted in the set-up, not weekly coaching.
  const course = coachingIsCourse(s) && offered.some((c) => c.spec.id === 'coaching');
  const chosen = course ? offered.filter((c) => c.spec.id !== 'coaching') : offered;
  const leftOut = [...considered];
  if (chosen.length === 0)
    return { services: [], staffing: null, setupDays: 0, notes: [], answered: new Set(), leftOut };
  // A group's hub first on thin evidence: the units' offices are shown apart (hub-first.ts).
  const units = s.businessUnits ?? 1;
  // Each service keeps the share its practice leaves (consolidate.ts); a hub coordinates the offices it ties (hub-ties.ts).
  const each = chosen.map((c) =>
    consolidated(sizeOne(c, s, officesRunning(i.shape, c.spec.id, units, s)), i.maturity, s, i.expectations),
  );
  const { kept: hubKept, apartFte } = hubOnly(i, each);
  const all0 = coordinationOnOffices(hubKept, each, s, i.shape);
  // A service below a working minimum either answers a real weakness, and is run at that minimum,
  // or is a task the project leads keep (while something of substance remains).
  // A hub's investment review, where finance or benefits fall short, is why the hub holds it
  // (group-hub.ts); templates offered where standards are weak count as such a weakness too
  // (supportive-standards.ts).
  const weak = (c: Sized) =>
    c.painful.gap >= WEAK_GAP ||
    holdsInvestmentReview(i.shape, i.maturity, c.spec.id, i.notApplicable) ||
    templatesForWeakStandards(c.spec.id, i.model, i.shape, i.maturity);
  // Work the office in place hands over is held, and comes first (in-place.ts, handedOver).
  const first = (c: Sized) => i.handOver?.includes(c.spec.id) === true;
  const keep = (c: Sized) =>
    c.core ||
    c.why.includes('expectations') ||
    weak(c) ||
    first(c) ||
    c.hours >= MIN_SERVICE_HOURS ||
    customerCosting(c.spec.id, s);
  const kept = all0.some(keep) ? all0.filter(keep) : all0;
  // What most stakeholders asked for is never below the median service (consolidate.ts, mostAskedRaised).
  const sized = inServiceOrder(
    mostAskedRaised(
      kept.map((c) =>
        weak(c) && c.hours < MIN_SERVICE_HOURS ? withSize(c, c.units, c.driver, MIN_SERVICE_HOURS) : c,
      ),
      (c) => askedShare(c.spec, i.expectations),
    ),
    (c) => (first(c) ? { ...c.painful, first: true } : c.painful),
  );
  const notes: string[] = [];
  // The hard line reads the whole stated spend, orders' value included: no office recommended above
  // 5 % of it (issue 19), whoever the projects are for (round 25: a co-packer's office at 5.3 %).
  const spend = statedSpend(s);
  /** The top of the range the office would show: the ceilings hold for it, not just the middle. */
  const withLead = (list: Sized[]): number => {
    const other = list.reduce((a, c) => a + c.hours, 0);
    return (other + serviceSpec('office-lead').hours(other, s)) * (1 + STAFFING_SPREAD);
  };
  const topHours = withLead(sized);
  // The spend ceiling scales every service alike: the office keeps its mix, each service smaller.
  let scale = 1;
  /** The highest day rate at which the ceiling leaves the office whole: paid up to it, it is the same office. */
  let wholeUpToRate = Number.POSITIVE_INFINITY;
  if (spend !== undefined && spend > 0) {
    // A little under the ceiling, so that the range shown, rounded to a tenth of a person, stays under it.
    const ceiling = spendShareFor(s) * spend * ROUNDING_MARGIN;
    const cost = costOfHours(topHours, i.internalDayRate);
    wholeUpToRate = (ceiling / cost) * i.internalDayRate;
    if (cost > ceiling) scale = ceiling / cost;
    const share = Math.round(spendShareFor(s) * 100);
    if (scale < 1)
      notes.push(say(msg('office.spendCeilingScaled', { share, percent: Math.round(scale * 100) })));
  }
  const ceilingScale = scale;
  // The headcount brake: an office takes a small share of the people (a lean owner one person).
  const line = headcountLine(s, i.shape);
  scale *= coordinationUrgencyShare(s, i.shape) * heldShareOf(i.helpShare, topHours * scale);
  // A lasting office is held to its people; a push with a known spend to the spend ceiling alone.
  // A push for customer orders of a stated value is held by its orders' bound instead (below).
  const temporaryWithSpend = s.horizon === 'temporary' && ((spend ?? 0) > 0 || (s.orderValue ?? 0) > 0);
  const braked = line.coordination || line.sizeAlone || (!temporaryWithSpend && !capitalIntensive(s));
  // A share of the people bounds the office; it scales the services only where their sum is above it.
  const held = braked
    ? headcountHold(line, (topHours * scale) / (1 + STAFFING_SPREAD), 1 + STAFFING_SPREAD)
    : null;
  const headcountCapped = held?.capped === true;
  scale *= held?.factor ?? 1;
  if (held?.note)
    notes.push(
      say(
        msg(HOLD_NOTES[held.note], {
          share: Math.round(line.share * 100),
          employees: s.employees,
          percent: Math.round(scale * 100),
          fte:
            held.note === 'sizeLine' || held.note === 'top'
              ? tenth(line.hours / HOURS_PER_FTE)
              : COORDINATION_MAX_FTE,
        }),
      ),
    );
  // A new office for own projects: held to what the people who lead them can use (manager-brake.ts).
  const managers = managerBrake(s, i.shape, topHours, scale, say, brakeTopHours(s, sized, STAFFING_SPREAD));
  scale = managers.scale;
  notes.push(...managers.notes);
  // An office for customer orders: bounded by its orders' count and value (customer-orders.ts).
  // Large orders allow what an owner's spend ceiling allows on their value (order-controls.ts).
  const shareFte = controlledOrders(s)
    ? (spendShareFor(s) * ROUNDING_MARGIN * (s.orderValue ?? 0)) / (i.internalDayRate * WORKDAYS_PER_YEAR)
    : 0;
  // Only an office of customer orders has the bound: no copy of the situation is made for the others.
  const bound = forCustomers(s)
    ? customerOfficeBound({ ...s, shareFte, schedules: sized.some((c) => c.driver === 'people') })
    : undefined;
  // The top of the range shown is the bound itself: a bound at one person shows an office of one
  // person, not a part-time role (decide.ts reads an office held below one person as one).
  const orderHours = bound === undefined ? 0 : bound.fte * HOURS_PER_FTE;
  let ordersHeld: OrderBound | undefined;
  if (bound !== undefined && topHours * scale > orderHours * 1.005) {
    scale = orderHours / topHours;
    ordersHeld = bound;
    notes.push(say(msg('orders.ceiling', orderBoundWords(bound, Math.round(scale * 100)))));
  }
  // The bound takes from what was asked least first (asked-first.ts); other ceilings cut all alike.
  // The managers' brake holds only the work the managers use (manager-brake.ts, brakeKind).
  const asked = ordersHeld ? askedFirst(sized, scale) : undefined;
  if (asked) notes.push(...askedFirstNote(asked, say));
  const shareOf = asked?.shareOf ?? managers.shareOf;
  if ((topHours * scale) / (1 + STAFFING_SPREAD) < MIN_OFFICE_HOURS)
    return {
      services: [],
      staffing: null,
      setupDays: 0,
      notes: [...notes, say(msg('office.tooSmall', { hours: MIN_OFFICE_HOURS }))],
      answered: new Set(),
      leftOut,
    };
  const others = sized.reduce((a, c) => a + c.hours, 0);
  const leadSpec = serviceSpec('office-lead');
  const leadBase = sizeOne(
    {
      spec: leadSpec,
      why: ['context'],
      sustain: false,
      core: false,
      form: 'full',
      painful: { gap: 0, pressure: 0, readiness: 1 },
    },
    s,
  );
  // What the lead leads is the services as staffed, after any ceiling.
  const lead = withSize(
    leadBase,
    Math.round(others * scale * 10) / 10,
    leadBase.driver,
    leadSpec.hours(others, s),
  );
  // The lead comes first in the list of roles but last in the order of pain: it answers none.
  // A part-time coordination role is one person's own work: nobody leads it (round 19: 2.2 h a
  // week of "leading the office" on a coordinator's 7.5–11.5 h). Nor is an office one person holds
  // (catalogue.ts, leadHours: round 20).
  const serviceList = [...sized, ...(line.coordination || lead.hours <= 0 ? [] : [lead])];
  const factors = serviceList.map((c) => (c === lead || !shareOf ? scale : shareOf(c)));
  const all = serviceList.map((c, k) => withSize(c, c.units, c.driver, c.hours * (factors[k] ?? 1)));
  const inUnits = plansInUnits(s, i.shape);
  const services: PmoService[] = all.map((c, k) => {
    const hoursPerWeek = tenth(c.hours);
    const perUnit = c.units > 0 ? Math.round((c.hours / c.units) * 100) / 100 : 0;
    if (quiet)
      return {
        id: c.spec.id,
        name: '',
        driver: c.driver,
        units: Math.round(c.units * 10) / 10,
        hoursPerUnit: perUnit,
        hoursPerWeek,
        fte: Math.round((c.hours / HOURS_PER_FTE) * 100) / 100,
        effort: '',
        source: '',
        chosenFor: c.why,
        reasons: [],
      };
    return {
      id: c.spec.id,
      name: say(serviceName(c, inUnits, s)),
      driver: c.driver,
      units: Math.round(c.units * 10) / 10,
      hoursPerUnit: perUnit,
      hoursPerWeek,
      fte: Math.round((c.hours / HOURS_PER_FTE) * 100) / 100,
      effort: say(heldEffort(effortLine(c, perUnit, hoursPerWeek, s, units), c, factors[k] ?? 1, s)),
      source: say(
        msg(
          c.driver === 'project-managers' && c.spec.id === 'programme-controls'
            ? 'office.source.controlsByPm'
            : c.spec.source,
        ),
      ),
      chosenFor: c.why,
      reasons: [
        ...formReasons(c).map(say),
        ...c.why.map((w) =>
          say(
            msg(`office.why.${w}`, {
              dimensions: scoresOf(i.maturity, c.spec.dimensions).map((d) => d.name),
              // The gap said is the dimensions' own, not the ordering's (a lean form orders by what
              // is asked alone and holds no gap: round 21 read "0.00 below level 3" at 2.00).
              gap: Math.round(ratedGap(i.maturity, c.spec) * 100) / 100,
              target: TARGET_LEVEL,
              service: c.spec.id,
              pain: Math.round(painOf(c.painful) * 100) / 100,
            }),
          ),
        ),
      ],
    };
  });
  // The orders' own controllers are delivery cost, not the office's, and a hub's units pay their
  // own offices: the hub's size and cost are the hub's (hub-first.ts).
  const staffed = all.filter(
    (c) => !orderControlsBilled(s, i.shape, c.spec.id) && !unitsPayOwn(s, i.shape, c.spec.id),
  );
  const totalHours = staffed.reduce((a, c) => a + c.hours, 0);
  const fte = totalHours / HOURS_PER_FTE;
  // A decision's labels name no roles, but the lead's share is kept: a contract lead's rate reads it.
  const named = rolesOf(staffed, i.shape, s, say);
  const { roles, lead: leadRole } = quiet ? { roles: [], lead: undefined } : named;
  const leadFte = named.lead === undefined ? undefined : named.roles[named.lead]?.fte;
  const min = fte * (1 - STAFFING_SPREAD);
  // The top of the range never passes the headcount's bound (size-line.ts, headcountHold).
  const max = Math.min(fte * (1 + STAFFING_SPREAD), (held?.top ?? Number.POSITIVE_INFINITY) / HOURS_PER_FTE);
  const small = max < HOURS_BELOW_FTE;
  const staffing: Staffing = {
    fte: { min: roundFte(min), max: roundFte(max) },
    ...(fte < HOURS_BELOW_FTE
      ? { hoursPerWeek: { min: half(min * HOURS_PER_FTE), max: half(max * HOURS_PER_FTE) } }
      : {}),
    roles,
    basis: [
      say(
        msg('office.basis.sum', {
          hours: tenth(totalHours),
          perFte: HOURS_PER_FTE,
          fte: Math.round(fte * 100) / 100,
        }),
      ),
      say(
        msg(small ? 'office.basis.rangeHours' : 'office.basis.range', {
          spread: Math.round(STAFFING_SPREAD * 100),
        }),
      ),
      ...notes,
    ],
  };
  const setupDays = setupDaysOf(all, s) + (course ? COURSE_DAYS : 0);
  if (course) staffing.basis.push(say(msg('office.coachingCourse', { days: COURSE_DAYS })));
  staffing.basis.push(
    ...assumedSizeNote(
      s,
      sized.some((c) => sizedByProjectSize(c.spec)),
      say,
    ),
  );
  const perFteYear = i.internalDayRate * WORKDAYS_PER_YEAR;
  if (!quiet)
    staffing.basis.push(...unitSentences(i, all, apartFte, { perFteYear, spread: STAFFING_SPREAD }));
  const answered = quiet ? new Set<string>() : answeredBy(all, s, course);
  return {
    services,
    staffing,
    setupDays,
    notes,
    answered,
    leftOut,
    spendScale: scale,
    ceilingScale,
    needFte: scale > 0 ? fte / scale : fte,
    wholeUpToRate,
    headcountCapped,
    ...(ordersHeld === undefined ? {} : { ordersHeld }),
    ...(managers.held === undefined ? {} : { managersHeld: managers.held }),
    ...(leadRole === undefined ? {} : { leadRole }),
    ...(leadFte === undefined ? {} : { leadFte }),
    ...(apartFte > 0 ? { unitsApart: Math.round(apartFte * 100) / 100 } : {}),
    ...(i.shape === 'hub-and-spoke' ? { centreControls: centreControls(all, i.shape, s) } : {}),
  };
};
