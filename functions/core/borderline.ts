import { type EngineKey, msg, type Say } from './say';
import type { Probe } from './sensitivity';

/** Knife-edge scores are said beside the context's borderline figures (score-edge.ts). */
export { scoreEdgeWarnings } from './score-edge';

/**
 * Cliffs near the gates, said in the result's warnings (round 21: ten projects gave an office, an
 * interim and a hire, nine a part-time coordinator; sixty staff a chartered office, forty-five a
 * coordinator; the sensitivity list knew, the readable result did not say so). Whenever the
 * sensitivity analysis (sensitivity.ts) finds that one step of one field turns "an office" into "no
 * office" or back, a warning names the step and the other answer, so a quick-check user checks the
 * figure before acting on either answer. docs/scoring.md, "Sensitivity".
 */

/**
 * A figure is one step away when the changed figure is within this share of the stated one (or one
 * unit, whichever is more): the accuracy a respondent gives headcount, project counts and spend
 * from memory in a quick check. Our judgement; counts of people and projects taken from memory are
 * commonly a tenth to a fifth off.
 */
export const BORDERLINE_SHARE = 0.2;

const NUMERIC = ['employees', 'concurrentProjects', 'projectManagers', 'annualProjectBudget'] as const;
type NumericField = (typeof NUMERIC)[number];
/** Ordered choices: one step is the neighbouring value. */
const ORDERED: Readonly<Record<string, readonly string[]>> = {
  urgency: ['low', 'medium', 'high'],
  controlAppetite: ['low', 'medium', 'high'],
  resourceContention: ['low', 'medium', 'high'],
  pmExpertise: ['none', 'basic', 'strong'],
};

const office = (verdict: Probe['before']['verdict']): boolean => verdict !== 'none';

/** One step of one field: a figure within BORDERLINE_SHARE (or one unit), or the neighbouring choice. */
export const oneStep = (p: Pick<Probe, 'field' | 'from' | 'to'>): boolean => {
  if ((NUMERIC as readonly string[]).includes(p.field))
    return (
      typeof p.from === 'number' &&
      typeof p.to === 'number' &&
      Math.abs(p.to - p.from) <= Math.max(1, BORDERLINE_SHARE * p.from)
    );
  const order = ORDERED[p.field];
  if (!order) return false;
  return Math.abs(order.indexOf(String(p.from)) - order.indexOf(String(p.to))) === 1;
};

/** The probes that flip whether an office is recommended in one step. */
export const borderlineProbes = (probes: readonly Probe[]): Probe[] =>
  probes.filter((p) => office(p.before.verdict) !== office(p.after.verdict) && oneStep(p));

const changeOf = (p: Probe) =>
  (NUMERIC as readonly string[]).includes(p.field)
    ? msg(`borderline.${p.field as NumericField}` as EngineKey, { from: Number(p.from), to: Number(p.to) })
    : msg(`borderline.${p.field}` as EngineKey, {
        from: msg(`borderline.level.${String(p.from)}` as EngineKey),
        to: msg(`borderline.level.${String(p.to)}` as EngineKey),
      });

/**
 * The knife edges said once, grouped by the answer they lead to: one step of one field that turns
 * the answer is one warning, two or more fields that turn it the same way are one warning naming
 * every step (round 30: an IT-only manufacturer's result carried four separate borderline warnings
 * that a client read as four problems; it is one: the answer sits at the line). Our judgement: a
 * reader acts on where the answer sits, not on how many figures lead there.
 */
export const borderlineWarnings = (probes: readonly Probe[], say: Say): string[] => {
  const byAnswer = new Map<string, Probe[]>();
  for (const p of borderlineProbes(probes)) {
    const key = String(p.after.verdict);
    byAnswer.set(key, [...(byAnswer.get(key) ?? []), p]);
  }
  return [...byAnswer.entries()].map(([verdict, ps]) => {
    const answer = msg(`sensitivity.verdict.${verdict}` as EngineKey);
    const [first] = ps;
    return ps.length === 1 && first
      ? say(msg('warning.borderline', { change: changeOf(first), answer }))
      : say(msg('warning.borderlineMany', { changes: ps.map(changeOf), answer, count: ps.length }));
  });
};
