import type { Maturity, PmoShape } from '../../contract/result';
import { forCustomers } from '../customer-orders';
import { modelProfile } from '../pmo-models';
import { msg } from '../say';
import type { Situation } from '../situation';
import { CONTROL_RANK, HOURS_PER_FTE } from './catalogue';
import { atTheCentre } from './roles';
import { inTheUnits } from './shape';
import type { Sized } from './sizing';
import type { DesignInput } from './types';
import { sharedOffices } from './unit-seat';
import { sufficientEvidence } from './units';

/**
 * A group's structure on evidence short of sufficient (docs/scoring.md, "Groups of units"; round 23).
 * Thin evidence already carries no more control (thin-evidence.ts) and no cut of an office in place;
 * it carries no new structure either: a group with no office in place whose units would carry
 * offices of their own gets its hub as the first step, and the units' offices are the direction a
 * team assessment with people from the units confirms (it also finds which units run offices
 * already, which one view of the group cannot tell). Their size and cost are shown apart, not
 * staffed nor costed. Our judgement, the rule rounds 17 and 21 apply to an office in place moved
 * into the units (round 23: a 12-unit group answered half blank by one respondent got 35–52 FTE
 * with new offices in all 12 units).
 */
export const hubFirst = (s: Pick<Situation, 'existingPmo'>, shape: PmoShape, m: Maturity): boolean =>
  shape === 'hub-and-spoke' && s.existingPmo === 'none' && !sufficientEvidence(m);

/**
 * A hub opened first keeps at the hub the reviews its degree of control and its regulator rest on:
 * where the office controls (a control tower or a directive office) or the organisation is
 * regulated, assurance stays at the hub, on the group's largest projects (its threshold,
 * group-hub.ts) and as the evidence trail, until the units' offices open and take their own
 * projects' reviews (roles.ts, UNITS_OWN_CONTROLS). Our judgement (round 27: an engineering
 * consultancy's control tower, chosen because its regulator expects change to be checked, reviewed
 * nothing, its reviews deferred to unit offices not yet opened; with one unit the same firm had them).
 */
export const hubHoldsReviews = (i: Pick<DesignInput, 'shape' | 'situation' | 'hubOnly' | 'model'>): boolean =>
  i.hubOnly === true &&
  i.shape === 'hub-and-spoke' &&
  (i.situation.regulated === true ||
    (i.model !== null && CONTROL_RANK[modelProfile(i.model).control] >= CONTROL_RANK.controlling));

/**
 * A hub opened first holds the group's cross-unit services (roles.ts, CROSS_UNIT_SERVICES) for the
 * whole group, sized as one central office would run them, while its units' offices wait: never
 * fewer hours for them than one office for the same portfolio would give. Our judgement (round 30).
 */
export const hubHoldsGroup = (i: Pick<DesignInput, 'shape' | 'hubOnly'>): boolean =>
  i.hubOnly === true && i.shape === 'hub-and-spoke';

/**
 * The design's input with the hub's reviews held at the hub where it opens first (hubHoldsReviews),
 * and the group's cross-unit services with them (hubHoldsGroup).
 */
export const withHubReviews = <I extends Pick<DesignInput, 'shape' | 'situation' | 'hubOnly' | 'model'>>(
  i: I,
): I => {
  const reviews = hubHoldsReviews(i);
  const group = hubHoldsGroup(i);
  if (!reviews && !group) return i;
  return {
    ...i,
    situation: {
      ...i.situation,
      ...(reviews ? { hubHoldsReviews: true as const } : {}),
      ...(group ? { hubHoldsGroup: true as const } : {}),
    },
  };
};

/** The hub's services alone, and the FTE of the units' offices left apart (0 where nothing is). */
export const hubOnly = (
  i: Pick<DesignInput, 'shape' | 'situation' | 'hubOnly'>,
  all: readonly Sized[],
): { kept: Sized[]; apartFte: number } => {
  const { shape, situation: s } = i;
  if (i.hubOnly !== true) return { kept: [...all], apartFte: 0 };
  const kept = all.filter((c) => atTheCentre(shape, c.spec.id, s));
  // The units' offices, when they open, take back the cross-unit work the hub holds meanwhile
  // (hubHoldsGroup): they are weighed and shown apart with it, as before the hub held it.
  const unitsLater = (id: string) =>
    !atTheCentre(shape, id, { ...s, hubHoldsGroup: undefined }) || !atTheCentre(shape, id, s);
  const apart = all.filter((c) => unitsLater(c.spec.id)).reduce((a, c) => a + c.hours, 0);
  return kept.length === 0 ? { kept: [...all], apartFte: 0 } : { kept, apartFte: apart / HOURS_PER_FTE };
};

/**
 * Units with no office of their own in the result (one central office, a hub whose units' offices
 * wait, or any shape but a push's): the office names a contact in each, a person the unit's head
 * appoints who keeps its projects on the office's list and its figures in the common format, as a
 * central office over too-small units already does (change.ts). Our judgement (round 23: a charity of
 * twelve autonomous branches was designed as one organisation and its branches never named).
 */
export const namesUnitContacts = (
  s: Pick<Situation, 'businessUnits'>,
  shape: PmoShape,
  apartFte: number,
): boolean => (s.businessUnits ?? 1) >= 2 && shape !== 'programme' && (!inTheUnits(shape) || apartFte > 0);

/**
 * Where every project of a group is a customer order, the commercial controlling of the orders in
 * the units' offices (cost to complete, variations and claims) is done by the orders' own
 * controllers, charged to the orders and billed to the client: it is delivery cost, not the
 * office's overhead to hire. It stays among the services (the units' offices run it with those
 * controllers) but out of the office's size and cost, said apart, as pooled project managers are.
 * Our judgement, after the engineering reviewer of round 23 (an EPCM firm's controllers already
 * working in its projects appeared as 16.6 FTE of new people); the hub's own controls stay overhead.
 */
export const orderControlsBilled = (
  s: Pick<Situation, 'projectsFor' | 'controlAppetite'>,
  shape: PmoShape,
  id: string,
): boolean =>
  forCustomers(s) && inTheUnits(shape) && id === 'programme-controls' && !atTheCentre(shape, id, s);

/**
 * A hub's units pay their own offices: the services the units' offices run (everything not at the
 * hub) stay among the services, but out of the office's size and cost, said apart as each unit's own
 * seats and cost; the office in place stays at the centre and no one moves between the centre and
 * the units. The result knows no field saying whether the units are separate employers (a ministry
 * and its agencies, a region and its companies), so the engine never staffs one body's people into
 * another: a hub's price is the hub's. Our judgement (round 24: a ministry's hub priced 8.3 FTE of
 * offices inside nine agencies with their own budgets, and moved the ministry's people into them).
 */
export const unitsPayOwn = (
  s: Pick<Situation, 'businessUnits' | 'controlAppetite'>,
  shape: PmoShape,
  id: string,
): boolean => shape === 'hub-and-spoke' && (s.businessUnits ?? 1) >= 2 && !atTheCentre(shape, id, s);

/** The FTE of the orders' own controllers among the services (orderControlsBilled). */
export const billedFteOf = (all: readonly Sized[], shape: PmoShape, s: Situation): number =>
  all.filter((c) => orderControlsBilled(s, shape, c.spec.id)).reduce((a, c) => a + c.hours, 0) /
  HOURS_PER_FTE;

/** The sentences the staffing carries for the units: their offices left apart, and their contacts. */
export const unitSentences = (
  i: Pick<DesignInput, 'shape' | 'situation' | 'say'>,
  all: readonly Sized[],
  apartFte: number,
  /** What one FTE costs a year at the office's own day rate, and the staffing range's spread. */
  { perFteYear, spread }: { perFteYear: number; spread: number },
): string[] => {
  const { shape, situation: s, say } = i;
  const billedFte = billedFteOf(all, shape, s);
  const ownFte =
    all
      .filter((c) => unitsPayOwn(s, shape, c.spec.id) && !orderControlsBilled(s, shape, c.spec.id))
      .reduce((a, c) => a + c.hours, 0) / HOURS_PER_FTE;
  const units = s.businessUnits ?? 1;
  const tenth = (x: number) => Math.round(x * 10) / 10;
  const cost = (x: number) => Math.round((x * perFteYear) / 1000) * 1000;
  return [
    ...(apartFte > 0
      ? [
          say(
            msg('office.hubFirst.unitsApart', {
              units,
              min: tenth(apartFte * (1 - spread)),
              max: tenth(apartFte * (1 + spread)),
              costMin: cost(apartFte * (1 - spread)),
              costMax: cost(apartFte * (1 + spread)),
            }),
          ),
        ]
      : []),
    ...(ownFte > 0
      ? [
          say(
            msg('office.unitsOwn', {
              units,
              perUnit: tenth(ownFte / units),
              min: tenth(ownFte * (1 - spread)),
              max: tenth(ownFte * (1 + spread)),
              costMin: cost((ownFte * (1 - spread)) / units),
              costMax: cost((ownFte * (1 + spread)) / units),
            }),
          ),
        ]
      : []),
    ...(ownFte > 0 && sharedOffices(ownFte, units) !== null
      ? [say(msg('office.unitsShared', { units, offices: sharedOffices(ownFte, units) ?? 0 }))]
      : []),
    ...(billedFte > 0
      ? [
          say(
            msg('office.ordersBilled', {
              units,
              fte: tenth(billedFte),
            }),
          ),
        ]
      : []),
    ...(namesUnitContacts(s, shape, apartFte) ? [say(msg('office.unitContacts', { units }))] : []),
  ];
};
