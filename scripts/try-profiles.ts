/**
 * Runs organisation profiles through the engine and prints each recommendation the way a
 * reviewer reads it: `npm run try -- profiles.json [--json]`.
 *
 * A profile: { id, context, rates?, answers? | levels? | team?, expectations?, importance?, surveyed? }
 * (`context` may carry `projectsFor`: 'own-organisation' | 'customers' | 'both', an addition to edition 3)
 * - `levels`: dimension id → the rating (1–5) given to every question of that dimension;
 * - `team`: several respondents, each { levels } or { answers }: a team assessment's answer sets;
 * - `expectations`: service id → share of respondents who asked the office for it (0–1).
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../functions/contract/answers';
import { OrganisationContext } from '../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../functions/core';

interface Respondent {
  answers?: Answers;
  levels?: Record<string, number | 'dont-know' | 'n/a'>;
}
interface Profile extends Respondent {
  id: string;
  context: OrganisationContext;
  rates?: { currency: string; dayRate: number; externalDayRate?: number };
  team?: Respondent[];
  expectations?: Record<string, number>;
  importance?: Record<string, number>;
  surveyed?: boolean;
}

const answersOf = (r: Respondent): Answers => {
  const out: Answers = { ...(r.answers ?? {}) };
  for (const [dimension, value] of Object.entries(r.levels ?? {})) {
    const d = QUESTIONNAIRE.dimensions.find((x) => x.id === dimension);
    if (!d)
      throw new Error(
        `unknown dimension ${dimension}; known: ${QUESTIONNAIRE.dimensions.map((x) => x.id).join(', ')}`,
      );
    for (const q of d.questions) out[q.id] ??= value as Answers[string];
  }
  return out;
};

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run try -- profiles.json [--json]');
  process.exit(2);
}
const profiles = JSON.parse(readFileSync(file, 'utf8')) as Profile[];
const asJson = flags.includes('--json');
const out: unknown[] = [];
for (const p of profiles) {
  const context = OrganisationContext.parse(p.context);
  const sets = p.team ? p.team.map(answersOf) : [answersOf(p)];
  const r = evaluate(QUESTIONNAIRE, context, sets, {
    rates: p.rates,
    expectations: p.expectations,
    importance: p.importance,
    surveyed: p.surveyed ?? Boolean(p.team),
  });
  if (asJson) {
    out.push({ id: p.id, result: r });
    continue;
  }
  console.log(`\n=== ${p.id} ===`);
  if (!r) {
    console.log('No rated question: nothing to score.');
    continue;
  }
  const { pmo, maturity, rollout, evidence } = r;
  console.log(
    `Maturity ${maturity.overall} (level ${maturity.level}, ${maturity.confidence}); evidence ${evidence.status}`,
  );
  console.log(
    `Dimensions: ${maturity.dimensions.map((d) => `${d.id} ${d.score ?? '–'}${d.sufficient ? '' : '?'}`).join(', ')}`,
  );
  console.log(
    `Verdict: needed=${pmo.needed} shape=${pmo.shape} model=${pmo.model ?? '–'} sourcing=${pmo.sourcing ?? '–'} action=${pmo.action}${pmo.besideExisting ? ' (beside existing)' : ''} scope=${pmo.scope}`,
  );
  if (pmo.staffing)
    console.log(
      `Staffing: ${pmo.staffing.fte.min}–${pmo.staffing.fte.max} FTE${pmo.staffing.hoursPerWeek ? ` (${pmo.staffing.hoursPerWeek.min}–${pmo.staffing.hoursPerWeek.max} h/week)` : ''}; roles ${pmo.staffing.roles.map((x) => `${x.role} ${x.fte}`).join(', ')}`,
    );
  for (const s of pmo.services) console.log(`  - ${s.name}: ${s.effort} [${s.chosenFor.join(', ')}]`);
  if (pmo.cost)
    console.log(
      `Cost: ${pmo.cost.annual.min}–${pmo.cost.annual.max} ${pmo.cost.currency}/year; one-off ${pmo.cost.oneOff.min}–${pmo.cost.oneOff.max}`,
    );
  for (const a of pmo.cost?.assumptions ?? []) console.log(`  · ${a}`);
  for (const x of pmo.returns)
    console.log(`Return: ${x.benefit}: ${x.annual ? `${x.annual.min}–${x.annual.max}` : 'not priced'}`);
  for (const k of pmo.kpis)
    console.log(`KPI (${k.kind}): ${k.name}: ${k.baseline ?? '–'} → ${k.target} ${k.unit}`);
  for (const e of pmo.expectations)
    console.log(
      `Asked: ${e.label} ${Math.round(e.share * 100)} %: ${e.answered ? 'answered' : 'not answered'}: ${e.because}`,
    );
  console.log(
    `Plan: ${rollout.phases ? rollout.phases.map((x) => `${x.name} (${x.durationWeeks} w)`).join(' → ') : 'none (direction only)'}; total ${rollout.totalWeeks ?? '–'} weeks`,
  );
  for (const x of rollout.phases ?? []) console.log(`  [${x.name}] ${x.activities.join(' | ')}`);
  for (const x of rollout.risks) console.log(`Risk: ${x.risk}`);
  console.log('Rationale:');
  for (const x of pmo.rationale) console.log(`  ${x}`);
  for (const w of r.warnings) console.log(`Warning: ${w}`);
  for (const w of evidence.reasons) console.log(`Evidence: ${w}`);
}
if (asJson) console.log(JSON.stringify(out, null, 2));
