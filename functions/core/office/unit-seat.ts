/**
 * An office in a unit smaller than this many FTE is not an office: a day or so a week is the least
 * a named focal point needs to keep the unit's register, roll its figures up to the centre and help
 * its project leads. The practitioners' lower bound for unit focal points (0.25 to 0.5 FTE, round
 * 16); where a unit's share is below it, the centre serves the unit, or neighbouring units share an office
 * where the units' offices together make a team (change.ts, unitsTooSmall).
 */
export const MIN_UNIT_OFFICE_FTE = 0.25;

/**
 * Units whose share of the units' offices falls below MIN_UNIT_OFFICE_FTE share an office with
 * their neighbours: as many offices as the units' work fills seats of about one person
 * (VIABLE_UNIT_OFFICE_FTE, change.ts), at least two, never more than the units. Our judgement: a
 * shared spoke (a faculty or regional office serving several colleges or sites) is how hub-and-spoke
 * groups with many small units staff their spokes.
 */
export const sharedOffices = (ownFte: number, units: number): number | null =>
  units < 2 || ownFte / units >= MIN_UNIT_OFFICE_FTE
    ? null
    : Math.min(units, Math.max(2, Math.round(ownFte)));
