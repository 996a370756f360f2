import type { Maturity, PmoModelId } from '../contract/result';
import { leanPortfolioHoldsControl } from './agile-initiatives';
import { forCustomers } from './customer-orders';
import { assessEvidence } from './evidence';
import { round2 } from './numbers';
import {
  controlPracticeMissing,
  controlsUnitsAlone,
  stepsDownFromDirective,
  unitsAllocate,
  unitsLeadOwn,
} from './office/units';
import { msg, type Say, unsaid } from './say';
import type { Situation } from './situation';

/** What each model requires of the organisation, and the scores its rules read (model-fit.ts weighs the rest). */

/** Mean of the rated dimensions named, rounded as displayed: a rule compares the value it shows. */
export const dimensionScore = (maturity: Maturity, ids: readonly string[]): number | null => {
  // Remembered along the ids, one map a step: no key is built for each call (the sensitivity
  // analysis asks the same few dimensions of one maturity hundreds of times).
  let node: Known | undefined = scoresOf.get(maturity);
  if (node === undefined) {
    node = {};
    scoresOf.set(maturity, node);
  }
  for (const id of ids) {
    let next: Known | undefined = node.next?.get(id);
    if (next === undefined) {
      next = {};
      node.next ??= new Map();
      node.next.set(id, next);
    }
    node = next;
  }
  if (node.score === undefined) {
    let sum = 0;
    let n = 0;
    for (const d of maturity.dimensions)
      if (d.score !== null && ids.includes(d.id)) {
        sum += d.score;
        n += 1;
      }
    node.score = n === 0 ? null : round2(sum / n);
  }
  return node.score;
};
/** Scores remembered for a maturity, by the dimensions named, in the order named. */
interface Known {
  score?: number | null;
  next?: Map<string, Known>;
}

/** What a regulator looks at: governance (its compliance question among them) and risk control. */
export const regulatedControl = (maturity: Maturity): number | null =>
  dimensionScore(maturity, ['governance', 'risk-control']);

/**
 * What a maturity says once worked out: the sensitivity analysis fits the models again for every
 * probe against the same (never modified) maturity.
 */
const scoresOf = new WeakMap<Maturity, Known>();
const insufficientOf = new WeakMap<Maturity, boolean>();
const insufficientEvidence = (maturity: Maturity): boolean => {
  let insufficient = insufficientOf.get(maturity);
  if (insufficient === undefined) {
    insufficient =
      assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status === 'insufficient';
    insufficientOf.set(maturity, insufficient);
  }
  return insufficient;
};

/** A directive office decides over projects and people on defined practice: this level at least. */
export const DIRECTIVE_MIN_LEVEL = 3;

/** Allocating people rests on resource management practised at the defined level. */
const directiveResources = (maturity: Maturity, say: Say): string[] => {
  const score = dimensionScore(maturity, ['resources']);
  return score !== null && score < DIRECTIVE_MIN_LEVEL
    ? [say(msg('fit.blocker.directiveResources', { score, minimum: DIRECTIVE_MIN_LEVEL }))]
    : [];
};

/** A directive office needs this many projects to have a portfolio to prioritise. */
export const MIN_PROJECTS_FOR_DIRECTIVE = 6;

/** Prerequisites: an unmet one makes the model ineligible, whatever its points. */
export const GATES: Record<
  PmoModelId,
  (s: Situation, scope: 'organisation' | 'programme', maturity: Maturity, say: Say) => string[]
> = {
  // A directive office in place over units that lead their own projects steps down one degree (units.ts).
  'weather-station': (s, scope, maturity, say) =>
    stepsDownFromDirective(s) && GATES['control-tower'](s, scope, maturity, unsaid).length === 0
      ? [say(msg('fit.blocker.directiveStepsDown', { units: s.businessUnits ?? 1 }))]
      : [],
  // A leadership that wants no central control gets none, regulated or not: a regulator asks for
  // an evidence trail, not a controlling office (fit-pressures.ts, regulatorFindsGap; round 18);
  // a control tower checks practice that exists, for an organisation or a group's centre (units.ts).
  'control-tower': (s, scope, maturity, say) => {
    const lacks = controlPracticeMissing(s, maturity);
    return [
      ...(s.controlAppetite === 'low' ? [say(msg('fit.leadershipWantsVisibilityOnlyLow'))] : []),
      // A lean portfolio gates intake and funding, not stage reports (agile-initiatives.ts).
      ...(s.controlAppetite === 'medium' && !leanPortfolioHoldsControl(s, scope)
        ? [say(msg('fit.blocker.leanPortfolio'))]
        : []),
      ...(lacks
        ? [
            say(
              // A sentence that names the regulator reads the regulated flag (round 31).
              unitsLeadOwn(s)
                ? msg(s.regulated === true ? 'fit.blocker.hubPracticeRegulated' : 'fit.blocker.hubPractice', {
                    units: s.businessUnits ?? 1,
                    ...lacks,
                  })
                : s.regulated === true && controlsUnitsAlone(s, maturity)
                  ? msg('fit.blocker.unitsAlone', {
                      units: s.businessUnits ?? 1,
                      managers: s.projectManagers,
                      overall: maturity.overall,
                      ...lacks,
                    })
                  : msg(
                      s.regulated === true
                        ? 'fit.blocker.controlPracticeRegulated'
                        : 'fit.blocker.controlPractice',
                      lacks,
                    ),
            ),
          ]
        : []),
    ];
  },
  'resource-source': (s, scope, maturity, say) => [
    ...(s.existingPmo !== 'resource-source' && insufficientEvidence(maturity)
      ? [say(msg('fit.blocker.insufficientEvidence'))]
      : []),
    // A directive office in place that works keeps its standing under a medium appetite; only a
    // leadership that wants no central control withdraws it (round 11).
    ...(s.controlAppetite === 'low' || (s.controlAppetite === 'medium' && s.existingPmo !== 'resource-source')
      ? [say(msg('fit.blocker.appetite', { appetite: msg(`appetite.${s.controlAppetite}`) }))]
      : []),
    ...(s.controlAppetite === 'high' && s.resourceContention === 'low'
      ? [say(msg('fit.noExecutiveMandateToAllocate'))]
      : []),
    // Nobody allocates people across units that lead their own projects, in place or not (units.ts).
    ...(unitsAllocate(s) ? [say(msg('fit.blocker.directiveUnits', { units: s.businessUnits ?? 1 }))] : []),
    // A directive office is built for the long run, over people one centre can allocate, on
    // defined practice; an office already directive keeps its standing.
    ...(s.existingPmo !== 'resource-source'
      ? [
          ...(s.horizon === 'temporary' ? [say(msg('fit.blocker.directiveTemporary'))] : []),
          ...(maturity.level < DIRECTIVE_MIN_LEVEL
            ? [
                say(
                  msg('fit.blocker.directiveLevel', { level: maturity.level, minimum: DIRECTIVE_MIN_LEVEL }),
                ),
              ]
            : []),
          // Stable teams are an own-change argument: teams formed per client order are staffed across orders.
          ...(s.deliveryApproach === 'agile' && !forCustomers(s)
            ? [say(msg('fit.blocker.directiveAgile'))]
            : []),
          ...directiveResources(maturity, say),
        ]
      : []),
    ...(s.concurrentProjects < MIN_PROJECTS_FOR_DIRECTIVE
      ? [
          say(
            msg('fit.blocker.fewProjects', {
              projects: s.concurrentProjects,
              minimum: MIN_PROJECTS_FOR_DIRECTIVE,
            }),
          ),
        ]
      : []),
    ...(scope === 'programme' ? [say(msg('fit.aProgrammeOfficeServesOne'))] : []),
  ],
};
