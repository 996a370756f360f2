import { teamFundedInitiatives } from '../agile-initiatives';
import type { Situation } from '../situation';
import { CONTROLLED_PROJECT_SPEND } from '../spend-scale';

/**
 * How much of a programme's cost and schedule control the office carries: the share of spend
 * controls cost, and the part of it that falls to the office rather than to each project's own
 * team. docs/scoring.md, "Sizing from services".
 */

/** Hours a full-time person gives in a week (our assumption; 35 to 40 is usual in Europe). */
export const HOURS_PER_FTE = 37.5;

/**
 * Programme controls as a share of yearly programme spend: about 5 % of cost on smaller projects
 * falling below 1 % on multi-billion ones for the whole controls function (owner and contractor),
 * of which the owner's programme office carries about half (our judgement). Between the two
 * anchors the share falls on a log scale.
 */
export const CONTROLS_SHARE = {
  smallSpend: 10e6,
  small: 0.05,
  largeSpend: 2e9,
  large: 0.008,
  /** Past the large anchor the share keeps falling, to this at this spend (our extrapolation). */
  hugeSpend: 2e10,
  huge: 0.004,
  /**
   * The owner's programme office carries about a fifth of the whole: under EPC, EPCM or
   * multi-contract delivery each package's contractor runs its own planning and cost control, and
   * the owner integrates them (our judgement; capital-programme reviewers put an owner's team
   * for €1.2 billion a year at 10–25 people, which a fifth gives).
   */
  office: 0.2,
  /** A portfolio office controls the portfolio; each project keeps its own controls (our judgement). */
  portfolio: 0.07,
};
/**
 * The share of a programme office's controls that setting the standard, consolidating and reviewing
 * takes where the per-job controls are done elsewhere: the portfolio roll-up's share over the
 * programme office's (CONTROLS_SHARE.portfolio / CONTROLS_SHARE.office, about 0.35). Used for customer
 * orders, whose commercial staff on each contract keep its cost to complete, variations and claims
 * (the engine's own warning says so), and for strong finance and risk practice, which the office
 * oversees rather than rebuilds. Our judgement, as the two shares.
 */
export const OVERSIGHT_SHARE = CONTROLS_SHARE.portfolio / CONTROLS_SHARE.office;

/**
 * A portfolio office rolls up each project's own cost, schedule and change control: at most this
 * many hours a week per project however large its spend, about half a day a week to review its
 * forecast, its changes and its variances. Large projects carry their own controllers (or a
 * contractor's, or a CRO's for trial costs): their spend is not the portfolio office's work (our
 * judgement; round 18: USD 90M of trial costs across 8 programmes became 50 h a week of
 * portfolio controls).
 */
export const PORTFOLIO_CONTROLS_PER_PROJECT = 3;
/** Below this yearly spend a portfolio's cost control is part of status reporting, not a service. */
export const CONTROLS_MIN_SPEND = 5_000_000;
/** The yearly cost of one controls person used to turn the share into people (our assumption). */
export const CONTROLS_COST_PER_FTE = 110_000;
/** Without a spend figure: about one planner or controller per five to six project managers. */
export const CONTROLS_PER_PM = 1 / 5;

export const controlsShare = (spend: number): number => {
  const { smallSpend, small, largeSpend, large } = CONTROLS_SHARE;
  if (spend <= smallSpend) return small;
  if (spend >= CONTROLS_SHARE.hugeSpend) return CONTROLS_SHARE.huge;
  if (spend >= largeSpend)
    return (
      large *
      (CONTROLS_SHARE.huge / large) **
        (Math.log(spend / largeSpend) / Math.log(CONTROLS_SHARE.hugeSpend / largeSpend))
    );
  const t = Math.log(spend / smallSpend) / Math.log(largeSpend / smallSpend);
  return small * (large / small) ** t;
};

/**
 * A project spending this much a year is a large build (our judgement, after the EU cohesion rules,
 * which call an operation of more than EUR 50 million a "major project", Regulation 1303/2013
 * art. 100; we read it per year of spend). Its owner's controls are a programme's, whatever the
 * horizon: a lasting programme of large builds is a capital programme, not a portfolio whose
 * projects carry their own controls (round 23: a data-centre operator building $1.5 billion a year
 * got 3.5–5.2 people, the same builds marked temporary 22–33). The horizon says how long the need
 * lasts, not how much control each build needs.
 */
export const CAPITAL_BUILD_SPEND = 50_000_000;

/**
 * How far the average project is a large build: 0 at CONTROLLED_PROJECT_SPEND a year (below it
 * status reports carry its control, spend-scale.ts), 1 from CAPITAL_BUILD_SPEND, on a log scale
 * between (the same scale as the controls' stake, precedence.ts).
 */
export const buildWeight = (millions: number, projects: number): number => {
  const perProject = (millions * 1e6) / Math.max(1, projects);
  if (perProject <= CONTROLLED_PROJECT_SPEND) return 0;
  return Math.min(
    1,
    Math.log(perProject / CONTROLLED_PROJECT_SPEND) /
      Math.log(CAPITAL_BUILD_SPEND / CONTROLLED_PROJECT_SPEND),
  );
};

/** Hours a week of controls an office carrying `part` of the whole controls function gives `millions` (EUR) of yearly spend. */
export const controlsHours = (millions: number, part: number): number =>
  ((millions * 1e6 * controlsShare(millions * 1e6) * part) / CONTROLS_COST_PER_FTE) * HOURS_PER_FTE;

/**
 * The one rule for the controls of an owner's lasting office, read from the size of its projects:
 * the portfolio roll-up (CONTROLS_SHARE.portfolio, at most PORTFOLIO_CONTROLS_PER_PROJECT hours a
 * project) for projects of CONTROLLED_PROJECT_SPEND, the programme office's share
 * (CONTROLS_SHARE.office, no cap per project) from CAPITAL_BUILD_SPEND, on a log scale between
 * (geometric, as the controls curve itself). A temporary programme office carries the programme's
 * share (the programme-controls service), so the horizon moves the controls by at most
 * CONTROLS_SHARE.office / CONTROLS_SHARE.portfolio (about 2.9; HORIZON_CONTROLS_FACTOR), and not at
 * all for large builds.
 */
export const portfolioControlsHours = (
  millions: number,
  s: Pick<
    Situation,
    'concurrentProjects' | 'horizon' | 'deliveryApproach' | 'resourceContention' | 'controlAppetite'
  >,
): number => {
  const rollUp = Math.min(
    controlsHours(millions, CONTROLS_SHARE.portfolio),
    s.concurrentProjects * PORTFOLIO_CONTROLS_PER_PROJECT,
  );
  // Team-funded initiatives are no capital programme: the teams' funding decides their cost, and the
  // office only rolls it up (agile-initiatives.ts).
  const w = teamFundedInitiatives(s) ? 0 : buildWeight(millions, s.concurrentProjects);
  if (w === 0 || rollUp <= 0) return rollUp;
  return rollUp ** (1 - w) * controlsHours(millions, CONTROLS_SHARE.office) ** w;
};

/**
 * Switching an organisation's horizon from temporary to lasting never shrinks its controls by more
 * than this factor: the programme office's share over the portfolio's, rounded up (the part a
 * lasting portfolio of small projects leaves to each project's own team; our judgement, as the two
 * shares).
 */
export const HORIZON_CONTROLS_FACTOR = 3;
