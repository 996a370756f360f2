import { evaluate } from '../functions/core/evaluate';
import { QUESTIONNAIRE } from '../functions/core/questionnaire';
import { sayIn } from '../functions/i18n/engine';
import { localiseQuestionnaire } from '../functions/i18n/questionnaire';
import { CONTEXT, fullAnswers, prng } from './fixtures';

/**
 * The engine bench's quick check (the same context and answer set), evaluated many times in a loop
 * for a CPU profile: `npx esbuild bench/quick-check-loop.ts --bundle --platform=node --format=esm
 * --outfile=/tmp/loop.mjs && node --cpu-prof /tmp/loop.mjs [full|nosens] [runs]`. Prints the mean
 * time of a call, wall-clock and on the CPU (the machine is shared: compare the CPU figure).
 */
const random = prng(7);
// The bench draws its 1,000 answer sets first: the quick check's set is the one after them.
for (let i = 0; i < 1000; i++) fullAnswers(random);
const one = [fullAnswers(random)];
const q = localiseQuestionnaire(QUESTIONNAIRE, 'en');
const mode = process.argv[2] ?? 'full';
const n = Number(process.argv[3] ?? 3000);
const options = { say: sayIn('en'), ...(mode === 'nosens' ? { sensitivity: false } : {}) };
for (let i = 0; i < 200; i++) evaluate(q, CONTEXT, one, options);
const cpu = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < n; i++) evaluate(q, CONTEXT, one, options);
const wall = (performance.now() - start) / n;
console.log(
  `${mode}: ${wall.toFixed(3)} ms a call, ${(process.cpuUsage(cpu).user / 1000 / n).toFixed(3)} ms on the CPU`,
);
