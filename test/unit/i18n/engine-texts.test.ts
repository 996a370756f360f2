import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { type CountedResponse, disclose, evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { sayIn } from '../../../functions/i18n/engine';
import { LANGUAGES } from '../../../functions/i18n/languages';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { localiseQuestionnaire } from '../../../functions/i18n/questionnaire';
import { prng } from '../../../functions/local/prng';
import { context } from '../core/fixtures';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

/**
 * Every sentence the engine says, for a handful of situations, in every language: recorded once
 * and compared on every run, so a change to how messages are built or rendered (caching,
 * deferred rendering, lazily loaded catalogues) cannot change a word of what readers see.
 */
const IDS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const answersOf = (random: () => number, spread: number, base: number): Answers =>
  Object.fromEntries(
    IDS.map((id) => [id, Math.max(1, Math.min(5, base + Math.floor(random() * spread) - 1))]),
  );

const SITUATIONS: {
  name: string;
  context: OrganisationContext;
  rates?: { currency: string; dayRate: number };
}[] = [
  {
    name: 'large, urgent, contended',
    context: context({
      employees: 900,
      concurrentProjects: 25,
      projectManagers: 9,
      urgency: 'high',
      resourceContention: 'high',
    }),
  },
  {
    name: 'small, no office',
    context: context({ employees: 40, concurrentProjects: 3, projectManagers: 1 }),
  },
  {
    name: 'existing control tower, regulated, spend given',
    context: context({
      employees: 2500,
      concurrentProjects: 40,
      projectManagers: 14,
      existingPmo: 'control-tower',
      regulated: true,
      annualProjectBudget: 12_000_000,
      controlAppetite: 'high',
    }),
    rates: { currency: 'EUR', dayRate: 950 },
  },
  {
    name: 'temporary push, no expertise',
    context: context({
      horizon: 'temporary',
      pmExpertise: 'none',
      urgency: 'high',
      annualProjectBudget: 900_000,
    }),
  },
];

const responses = (n: number, seed: number): CountedResponse[] => {
  const random = prng(seed);
  const roles = ['project-manager', 'team-member', 'management', 'controller'] as const;
  return Array.from({ length: n }, (_, i) => ({
    role: roles[i % roles.length] as (typeof roles)[number],
    answers: answersOf(random, 3 + (i % 3), 1 + (i % 4)),
    expectations: ['standards'],
    submittedAt: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`,
  })) as unknown as CountedResponse[];
};

describe("the engine's sentences", () => {
  for (const language of LANGUAGES)
    it(`stay word for word the same in ${language}`, async () => {
      const say = sayIn(language);
      const q = localiseQuestionnaire(QUESTIONNAIRE, language);
      const out: Record<string, unknown> = {};
      for (const [i, s] of SITUATIONS.entries()) {
        const random = prng(11 + i);
        out[s.name] = evaluate(q, s.context, [answersOf(random, 4, 1 + i), answersOf(random, 2, 2 + i)], {
          say,
          ...(s.rates ? { rates: s.rates } : {}),
        });
      }
      out.disclosure = disclose(q, responses(14, 5), 3, say);
      await expect(`${JSON.stringify(out, null, 2)}\n`).toMatchFileSnapshot(
        `./__snapshots__/engine-texts.${language}.txt`,
      );
    });

  it('in English by default, as before', () => {
    const random = prng(3);
    const s = SITUATIONS[0] as (typeof SITUATIONS)[number];
    const answers = [answersOf(random, 4, 1), answersOf(random, 2, 2)];
    expect(evaluate(QUESTIONNAIRE, s.context, answers)).toEqual(
      evaluate(QUESTIONNAIRE, s.context, answers, { say: sayIn('en') }),
    );
  });
});
