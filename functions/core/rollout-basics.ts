import type {
  DimensionScore,
  PmoModelId,
  PmoService,
  RolloutPhase,
  RolloutPlan,
  SourcingId,
} from '../contract/result';
import { forCustomers } from './customer-orders';
import { SERVICE_CATALOGUE } from './office/catalogue';
import { byPain, gapOf, TARGET_LEVEL } from './office/order';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';
import { hasOneTable, oneTable } from './small-firm';
import { workInProgressSteps } from './work-in-progress';

/**
 * The plan's measures: weeks per phase and the factors that scale them, the quick wins, and the
 * step that lays drafted phases end to end. Shared by the plan with an office and the plan without.
 */

/** How many of the weakest dimensions become quick wins. */
export const QUICK_WINS = 2;

/** Weeks per phase for a mid-sized organisation with an internal PMO. */
export const BASE_WEEKS = { analysis: 4, concept: 4, pilot: 8, operate: 26 } as const;
export const ROLLOUT_WEEKS: Record<PmoModelId, number> = {
  'weather-station': 8,
  'control-tower': 12,
  'resource-source': 16,
};
/** Each earlier stage of a staged path adds this much roll-out time. */
export const WEEKS_PER_EXTRA_STAGE = 8;

export const sizeFactor = (employees: number, say: Say = english): { factor: number; label: string } =>
  employees < 100
    ? { factor: 0.75, label: say(msg('plan.smallOrganisationUnder100People')) }
    : employees < 1000
      ? { factor: 1, label: say(msg('plan.midSizedOrganisation100U2013999')) }
      : { factor: 1.5, label: say(msg('plan.largeOrganisation1000People')) };

export const SETUP_FACTOR: Record<SourcingId, number> = { internal: 1, hybrid: 0.85, outsourced: 0.75 };

export const weeks = (base: number, ...factors: number[]): number =>
  Math.max(1, Math.round(factors.reduce((w, f) => w * f, base)));

/**
 * The dimensions quick wins come from: rated below the target level (a dimension at level 3 or
 * above has no quick win left, only steady work), in the engine's one order (office/order.ts):
 * the gap weighed by the client's importance, ties in questionnaire order. Only dimensions rated on
 * sufficient evidence: a level the result itself flags as unsure is no ground for a first step
 * (round 28: a joinery's benefits quick win rested on a level shown as "1?"). Our judgement.
 */
export const weakestDimensions = (
  dimensions: readonly DimensionScore[],
  count = QUICK_WINS,
  importance?: Readonly<Record<string, number>>,
): DimensionScore[] =>
  byPain(
    dimensions.filter((d) => d.score !== null && d.sufficient && d.score < TARGET_LEVEL),
    (d) => ({ gap: gapOf([d.score]), importance: importance?.[d.id], pressure: 0, readiness: 1 }),
  ).slice(0, count);

/** From this many people... */
export const AT_SCALE_EMPLOYEES = 1000;
/** ...or this many projects at once, one shared sheet or one list no longer holds the work. */
export const AT_SCALE_PROJECTS = 30;

/**
 * An organisation at scale: a first step that fits a small firm (one shared sheet, one list) reads
 * as patronising there, so its quick wins are the at-scale first steps (our judgement; the
 * thresholds are the large size band and the weather station's "about 30 projects").
 */
export const atScale = (s: Pick<Situation, 'employees' | 'concurrentProjects'>): boolean =>
  s.employees >= AT_SCALE_EMPLOYEES || s.concurrentProjects >= AT_SCALE_PROJECTS;

/**
 * The dimensions with a first step at scale: one text per dimension in the engine's catalogues
 * (`quickWin.atScale.<dimension>`), shared by every edition of the questionnaire, whose own
 * `quickWin` is the first step for a smaller organisation.
 */
export const AT_SCALE_QUICK_WINS = [
  'standards',
  'governance',
  'portfolio',
  'resources',
  'reporting',
  'risk-control',
  'competencies',
  'tools',
  'lifecycle',
  'stakeholders',
  'benefits',
  'finance',
] as const;
const hasAtScale = (id: string): id is (typeof AT_SCALE_QUICK_WINS)[number] =>
  (AT_SCALE_QUICK_WINS as readonly string[]).includes(id);

/**
 * The questionnaire's risk and control quick win starts a risk list on "the three largest
 * projects": with fewer running, it names every running project instead (round 29: a haulier with
 * two projects was told its three largest). The questionnaire's own count.
 */
const RISK_LIST_PROJECTS = 3;

/**
 * The quick wins, each the first step of its dimension at the organisation's scale (small-firm.ts at
 * one table). An agile organisation's are its initiatives' and teams' (`quickWin.agile.<dimension>`):
 * its plan funds teams and rules out per-project sponsors, gates, budget lines and start sheets
 * (round 30: a product-led firm told to give "every project a budget line"). Our judgement.
 */
export const quickWinsFor = (
  q: Questionnaire,
  dimensions: readonly DimensionScore[],
  say: Say = english,
  importance?: Readonly<Record<string, number>>,
  scale?: Pick<Situation, 'employees' | 'concurrentProjects'> & Partial<Situation>,
  /** The office's services, where known: a push's benefits quick win needs its benefits tracked. */
  services?: readonly Pick<PmoService, 'id'>[],
): string[] => [
  // Too much running at once for the people there are: doing fewer comes first (work-in-progress.ts).
  ...(scale && isSituation(scale) ? workInProgressSteps(scale).map(say) : []),
  ...weakestDimensions(dimensions, QUICK_WINS, importance)
    .filter((d) => !(d.id === 'benefits' && pushWithoutBenefits(scale, services)))
    .map((d) => {
      const { id } = d;
      const action =
        // Customer orders' benefit is their margin, their order that of commitments (customer-orders.ts).
        scale && forCustomers(scale) && (id === 'benefits' || id === 'portfolio')
          ? msg(`quickWin.customer.${id}`)
          : // Agile delivery funds teams and steers initiatives: no per-project artefact (round 30); a
            // firm at one table keeps its own light steps (small-firm.ts).
            scale?.deliveryApproach === 'agile' && hasAtScale(id) && !(oneTable(scale) && hasOneTable(id))
            ? msg(
                id === 'competencies' && scale.pmExpertise === 'none'
                  ? 'quickWin.noExpertise.competencies'
                  : `quickWin.agile.${id}`,
              )
            : // Where it runs both, benefits are asked of its own projects only (office/order-central.ts).
              scale?.projectsFor === 'both' && id === 'benefits'
              ? msg('quickWin.both.benefits')
              : // A firm at one table does it alone, however many jobs it counts as projects.
                scale && oneTable(scale) && hasOneTable(id)
                ? msg(`quickWin.small.${id}`)
                : // Nobody experienced to pair new leads with, or to form a pool of: they learn from outside.
                  scale?.pmExpertise === 'none' && id === 'competencies'
                  ? msg('quickWin.noExpertise.competencies')
                  : // One project manager or none: nobody experienced in house to pair new leads with.
                    id === 'competencies' &&
                      scale?.projectManagers !== undefined &&
                      scale.projectManagers < MIN_MANAGERS_TO_PAIR
                    ? msg('quickWin.fewLeads.competencies')
                    : scale && atScale(scale) && hasAtScale(id)
                      ? msg(`quickWin.atScale.${id}`)
                      : // The questionnaire's risk quick win names the three largest projects.
                        id === 'risk-control' && scale && scale.concurrentProjects < RISK_LIST_PROJECTS
                        ? msg('quickWin.fewProjects.riskControl')
                        : (q.dimensions.find((x) => x.id === id)?.quickWin ?? '');
      return say(msg('rollout.quickWin', { dimension: d.name, score: d.score as number, action }));
    }),
];

/**
 * A push whose office does not track benefits: its point is something else (a regulator's order, a
 * deadline, a build), so a quick win asking every project for a measurable benefit is beside it
 * (round 28: a regulator-ordered tailings remediation was told to give every project a business
 * owner and a benefit). Benefits are the push's point exactly where its office tracks them
 * (office/benefits-context.ts). Our judgement.
 */
const pushWithoutBenefits = (
  scale: Partial<Situation> | undefined,
  services: readonly Pick<PmoService, 'id'>[] | undefined,
): boolean =>
  scale?.horizon === 'temporary' &&
  services !== undefined &&
  !services.some((x) => x.id === 'benefits-tracking');

/**
 * Pairing each new project lead with an experienced one needs an experienced one besides them: at
 * least this many project managers (round 28: a fishing company with one project manager, and a
 * start-up with none, were told to pair new leads with experienced ones). Our judgement.
 */
export const MIN_MANAGERS_TO_PAIR = 2;

/** A scale that carries what the work-in-progress rule reads (every caller but a bare sizing one). */
const isSituation = (s: Partial<Situation>): s is Situation =>
  s.resourceContention !== undefined && s.horizon !== undefined && s.projectManagers !== undefined;

/** The dimensions a service builds (none for leading the office). */
export const serviceDimensions = (service: Pick<PmoService, 'id'>): readonly string[] =>
  SERVICE_CATALOGUE.find((x) => x.id === service.id)?.dimensions ?? [];

/**
 * A service an office in place runs counts as working only where every dimension it builds scores
 * at least level 3 on sufficient evidence (round 10, our judgement): running a service is not
 * evidence that it works, and an unrated or disputed dimension proves nothing.
 */
export const serviceWorks = (
  service: Pick<PmoService, 'id'>,
  dimensions: readonly DimensionScore[],
): boolean => serviceDimensions(service).every((id) => dimensionWorks(dimensions.find((x) => x.id === id)));

/** A dimension shows working practice: level 3 or above, on sufficient evidence. */
export const dimensionWorks = (d: DimensionScore | undefined): boolean =>
  d !== undefined && d.score !== null && d.score >= TARGET_LEVEL && d.sufficient;

/** Services the office in place runs that do not work yet: the plan strengthens them. */
export const weakInPlace = (
  services: readonly PmoService[],
  dimensions: readonly DimensionScore[],
): PmoService[] =>
  services.filter(
    (x) => x.id !== 'office-lead' && x.chosenFor.includes('in-place') && !serviceWorks(x, dimensions),
  );

/** A temporary need is planned over this many weeks (a year’s push), then handed back. */
export const TEMPORARY_HORIZON_WEEKS = 52;

/** How long a temporary need runs: its horizon in months as weeks, or a year’s push. */
export const horizonWeeksOf = (s: Pick<Situation, 'horizonMonths'>): number =>
  s.horizonMonths === undefined ? TEMPORARY_HORIZON_WEEKS : Math.round((s.horizonMonths * 52) / 12);
/** A temporary office is set up at this share of the usual set-up time: the push cannot wait. */
export const TEMPORARY_SETUP_FACTOR = 0.5;
/** Weeks to hand back results and close a temporary office. */
export const HAND_BACK_WEEKS = 6;
/** An interim set-up on urgent needs, while the real office is designed. */
export const INTERIM_WEEKS = 2;
/** Health check of an existing office before changing it. */
export const HEALTH_CHECK_WEEKS = 3;
export const PROCUREMENT_WEEKS = 4;

/** A phase before its start week is known. */
export type Draft = Omit<RolloutPhase, 'startWeek'>;

export const withStartWeeks = (
  draft: readonly Omit<RolloutPhase, 'startWeek'>[],
  assumptions: string[],
): RolloutPlan => {
  let week = 0;
  const phases = draft.map((p) => {
    const phase = { ...p, startWeek: week };
    week += p.durationWeeks;
    return phase;
  });
  return { phases, totalWeeks: week, assumptions, risks: [] };
};
