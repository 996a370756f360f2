import { credibleManagers, tooManyManagers } from '../project-count';
import { type EngineMessage, msg } from '../say';
import type { Situation } from '../situation';
import { serviceSpec } from './catalogue';
import { PROJECTS_PER_LEAD } from './shape';
import { formShare, type Sized } from './sizing';

/**
 * The effort line of each service: its hours a week from its driver, and where they fall below what
 * its own basis sentence gives, by how much and why (round 30: "2 h a week for 14 projects" beside
 * "2 h board cycle + 20 min per project", and "0.5 h per project" beside "about 20 minutes").
 */

/** A spend-driven service over a thousand million, whose effort per million rounds away. */
const perThousandMillions = (c: Sized, perUnit: number): boolean =>
  c.driver === 'spend' && c.units >= 1000 && perUnit < 1 && c.hours > 0;

/** The hours a week of a service from its driver, said in its driver's terms. */
export const effortLine = (
  c: Sized,
  perUnit: number,
  hoursPerWeek: number,
  s: Situation,
  units: number,
): EngineMessage =>
  // In currencies of large numbers (yen, rupees) a million buys minutes: the effort is said per
  // thousand millions instead, so it never reads "0.00 h per million" (round 14).
  perThousandMillions(c, perUnit)
    ? msg('office.effort.spendThousands', {
        perUnit: Math.round((c.hours / c.units) * 1000 * 100) / 100,
        units: Math.round(c.units / 100) / 10,
        hours: hoursPerWeek,
      })
    : msg(
        c.spec.id === 'office-lead'
          ? 'office.effort.lead'
          : c.spec.id === 'hub-coordination' && c.units < units
            ? 'office.effort.unitOffices'
            : // Where the count is not the project managers entered, it says whom it counts: a
              // doubted count is held to what the projects could use (project-count.ts).
              c.driver === 'project-managers' && c.units !== s.projectManagers
              ? tooManyManagers(s) && c.units === credibleManagers(s)
                ? 'office.effort.leadsDoubted'
                : 'office.effort.leads'
              : `office.effort.${c.driver}`,
        {
          perUnit,
          units: Math.round(c.units * 10) / 10,
          hours: hoursPerWeek,
          share: Math.round(serviceSpec('office-lead').hours(100, s)),
          managers: s.projectManagers,
          per: PROJECTS_PER_LEAD,
          all: units,
        },
      );

/**
 * Below this share of what its basis gives, a service's effort line says the share and the reasons
 * (its lighter form, the projects' size and number, the limit on the office's size). Our judgement:
 * a twentieth is within the rounding a reader forgives; more reads as a figure that contradicts its
 * own basis.
 */
export const HELD_SAID_BELOW = 0.95;

/** The basis sentence is the catalogue's own formula: the share can be read against it. */
const readsItsBasis = (c: Sized): boolean => {
  const own = serviceSpec(c.spec.id);
  return (
    c.spec.source === own.source &&
    c.driver === own.driver &&
    c.driver !== 'spend' &&
    c.form !== 'duty' &&
    c.units > 0
  );
};

/**
 * The effort line, with the share of its basis it keeps where its form, the projects' size and
 * number, or a ceiling on the office (spend, people, project managers, orders) take it below what
 * the basis sentence gives. One pass over the services, no new design: the form's share and the
 * ceiling's factor are known already, the basis is the catalogue's formula on the units shown.
 */
export const heldEffort = (line: EngineMessage, c: Sized, ceiling: number, s: Situation): EngineMessage => {
  if (c.hours <= 0) return line;
  const form = c.spec.id === 'office-lead' ? 1 : formShare(c.form, c.spec.id);
  const known = form * ceiling;
  const basis = readsItsBasis(c) ? c.spec.hours(c.units, s) : 0;
  const share = basis > 0 ? c.hours / basis : known;
  if (share >= HELD_SAID_BELOW) return line;
  const reasons = [
    ...(form < 1 ? [msg('office.held.form')] : []),
    ...(share / known < HELD_SAID_BELOW ? [msg('office.held.scale')] : []),
    ...(ceiling < HELD_SAID_BELOW ? [msg('office.held.ceiling')] : []),
  ];
  if (reasons.length === 0) return line;
  return msg('office.effort.held', { line, percent: Math.round(share * 100), reasons });
};
