import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue, StakeholderRole } from '../../../functions/contract/answers';
import type { StakeholderSplit } from '../../../functions/contract/result';
import {
  type CountedResponse,
  disclose,
  QUESTIONNAIRE,
  splitGroups,
  twoCamps,
} from '../../../functions/core';
import { respondentScore } from '../../../functions/core/scoring';
import { withSplits } from '../../../functions/core/splits';
import { sayIn } from '../../../functions/i18n/engine';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { runs } from '../../support/sample';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

/**
 * Splits (functions/core/splits.ts; docs/privacy.md, rule 11): a role group that falls into two camps,
 * or executives against the people who run projects, flagged as a fact. The sweeps show the
 * statistic tells two camps from one wide cluster and from a few outliers; the two-worlds
 * properties show what a flag can say about one person.
 */

const DIMENSIONS = QUESTIONNAIRE.dimensions;
const FOCUS = DIMENSIONS[1] as (typeof DIMENSIONS)[number];

/** Someone who rates every question of every dimension `base`, and the focus dimension `focus`. */
const person = (_role: StakeholderRole, focus: readonly AnswerValue[], base = 3): Answers =>
  Object.fromEntries(
    DIMENSIONS.flatMap((d) =>
      d.questions.map((q, i) => [q.id, d.id === FOCUS.id ? (focus[i % focus.length] as AnswerValue) : base]),
    ),
  ) as Answers;

const counted = (people: readonly { role: StakeholderRole; answers: Answers }[]): CountedResponse[] =>
  people.map((p, i) => ({
    ...p,
    expectations: [],
    submittedAt: new Date(Date.UTC(2026, 10, 2, 0, i)).toISOString(),
  }));

const splitsIn = (people: readonly { role: StakeholderRole; answers: Answers }[], k: number) =>
  disclose(QUESTIONNAIRE, counted(people), k).analysis.splits ?? [];

describe('the split statistic', () => {
  // The hospital of the practitioner's finding: half the executives rate 4s, half 1s.
  it('flags two camps of executives as a fact, in every language, with no figure of either camp', () => {
    const k = 3;
    const people = [
      ...Array.from({ length: k }, () => ({ role: 'executive' as const, answers: person('executive', [4]) })),
      ...Array.from({ length: k }, () => ({ role: 'executive' as const, answers: person('executive', [1]) })),
    ];
    for (const language of ['en', 'fr', 'de'] as const) {
      const splits = disclose(QUESTIONNAIRE, counted(people), k, sayIn(language)).analysis.splits ?? [];
      expect(splits.map((s) => [s.dimension, s.kind, s.roles, s.executives])).toEqual([
        [FOCUS.id, 'within-role', ['executive'], null],
      ]);
      const [split] = splits as [StakeholderSplit];
      // The sentence names the dimension and the group; its only number is the rule's k.
      expect(split.explanation).toContain(FOCUS.name);
      expect(split.explanation.match(/\d+/g)).toEqual([String(k)]);
      expect(Object.keys(split).sort()).toEqual([
        'dimension',
        'dimensionName',
        'executives',
        'explanation',
        'kind',
        'roles',
      ]);
    }
  });

  it('never flags a lone dissenter: a group of k split 1 against k − 1, or any camp under k', () => {
    for (const k of [3, 4, 5])
      for (let size = k; size <= 2 * k + 2; size++)
        for (let dissenters = 1; dissenters < k; dissenters++) {
          const people = Array.from({ length: size }, (_, i) => ({
            role: 'executive' as const,
            answers: person('executive', [i < dissenters ? 1 : 5]),
          }));
          expect(splitsIn(people, k), `k ${k}, ${dissenters} of ${size}`).toEqual([]);
        }
  });

  it('flags executives a point or more from every published delivery group, and only then', () => {
    const k = 3;
    const group = (role: StakeholderRole, rating: number) =>
      Array.from({ length: k }, () => ({ role, answers: person(role, [rating as AnswerValue]) }));
    const apart = splitsIn(
      [...group('executive', 4), ...group('project-manager', 2), ...group('team-member', 3)],
      k,
    );
    expect(apart.map((s) => [s.kind, s.roles, s.executives])).toEqual([
      ['executives-delivery', ['executive', 'project-manager', 'team-member'], 'higher'],
    ]);
    // Project managers agree with executives: no split between executives and delivery.
    expect(
      splitsIn([...group('executive', 4), ...group('project-manager', 4), ...group('team-member', 2)], k),
    ).toEqual([]);
    // Without a published delivery group, nothing to compare.
    expect(splitsIn([...group('executive', 5), ...group('controller', 1)], k)).toEqual([]);
  });

  it("lowers a split dimension's confidence one step, and the overall one from two split dimensions", () => {
    const maturity = {
      confidence: 'high' as const,
      dimensions: [
        { id: 'a', confidence: 'high' as const },
        { id: 'b', confidence: 'medium' as const },
        { id: 'c', confidence: 'low' as const },
      ],
    };
    expect(withSplits(maturity, [{ dimension: 'a' }])).toEqual({
      confidence: 'high',
      dimensions: [
        { id: 'a', confidence: 'medium' },
        { id: 'b', confidence: 'medium' },
        { id: 'c', confidence: 'low' },
      ],
    });
    expect(withSplits(maturity, [{ dimension: 'b' }, { dimension: 'c' }, { dimension: 'b' }])).toEqual({
      confidence: 'medium',
      dimensions: [
        { id: 'a', confidence: 'high' },
        { id: 'b', confidence: 'low' },
        { id: 'c', confidence: 'low' },
      ],
    });
    expect(withSplits(maturity, undefined)).toBe(maturity);
  });
});

/** Means on the scale, in hundredths as the engine rounds them. */
const at = (x: number) => Math.round(Math.min(5, Math.max(1, x)) * 100) / 100;

/** Two camps of at least k: means within a quarter point of centres at least 2.5 points apart. */
const bimodal = fc
  .record({
    k: fc.integer({ min: 3, max: 6 }),
    low: fc.double({ min: 1, max: 2.25, noNaN: true }),
    apart: fc.double({ min: 2.5, max: 4, noNaN: true }),
    extra: fc.tuple(fc.nat(6), fc.nat(6)),
    jitter: fc.array(fc.double({ min: -0.25, max: 0.25, noNaN: true }), { minLength: 24, maxLength: 24 }),
  })
  .map(({ k, low, apart, extra: [a, b], jitter }) => {
    const high = Math.min(4.75, low + apart);
    const means = [
      ...Array.from({ length: k + a }, (_, i) => at(low + (jitter[i] ?? 0))),
      ...Array.from({ length: k + b }, (_, i) => at(high + (jitter[23 - i] ?? 0))),
    ];
    return { k, means };
  });

/**
 * One cluster, however wide: sorted, no two neighbours a whole point apart (a walk of steps under
 * one point, from anywhere on the scale, may cover all of it), plus up to k − 1 people anywhere at
 * all. Or everyone on two neighbouring values (3s and 4s): a point apart, not two camps.
 */
const unimodal = fc.oneof(
  fc
    .record({
      k: fc.integer({ min: 3, max: 6 }),
      start: fc.double({ min: 1, max: 5, noNaN: true }),
      steps: fc.array(fc.double({ min: 0, max: 0.95, noNaN: true }), { minLength: 1, maxLength: 30 }),
      outliers: fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { maxLength: 5 }),
    })
    .map(({ k, start, steps, outliers }) => {
      let x = start;
      const core = [at(x)];
      for (const step of steps) {
        x = x + step > 5 ? x - step : x + step;
        core.push(at(x));
      }
      return { k, means: [...core, ...outliers.slice(0, k - 1).map(at)] };
    }),
  fc
    .record({
      k: fc.integer({ min: 3, max: 6 }),
      value: fc.integer({ min: 1, max: 4 }),
      upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
    })
    .map(({ k, value, upper }) => ({ k, means: upper.map((u) => value + (u ? 1 : 0)) })),
);

describe('the split sweep', () => {
  it('flags every generated group of two camps of at least k each', () => {
    fc.assert(
      fc.property(bimodal, ({ k, means }) => {
        const camps = twoCamps(means, k);
        expect(camps).not.toBeNull();
        expect(Math.min(camps?.lower ?? 0, camps?.upper ?? 0)).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: runs(400), seed: 11 },
    );
  });

  it('never flags a single cluster, however wide, nor one with fewer than k outliers', () => {
    fc.assert(
      fc.property(unimodal, ({ k, means }) => {
        expect(twoCamps(means, k)).toBeNull();
      }),
      { numRuns: runs(400), seed: 12 },
    );
  });

  it('end to end: two camps of executives rating {1, 2} and {4, 5} are flagged, one camp under k never', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 4, max: 5 }), { minLength: 1, maxLength: 8 }),
        (k, lows, highs) => {
          const people = [...lows, ...highs].map((rating) => ({
            role: 'executive' as const,
            answers: person('executive', [rating as AnswerValue]),
          }));
          // The disclosure rules publish ⌊n/k⌋·k of them: the camps that count are among those.
          const published = people.slice(0, Math.floor(people.length / k) * k);
          const lower = published.filter(
            (p) => (p.answers[FOCUS.questions[0]?.id ?? ''] as number) <= 2,
          ).length;
          const flagged = splitsIn(people, k).some(
            (s) => s.kind === 'within-role' && s.dimension === FOCUS.id,
          );
          expect(flagged).toBe(lower >= k && published.length - lower >= k);
        },
      ),
      { numRuns: runs(60), seed: 13 },
    );
  });
});

/** A team of executives, project managers and team members, answering the focus dimension anyhow. */
const ROLES = ['executive', 'project-manager', 'team-member'] as const;
const answersArb = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('dont-know' as const)), {
    minLength: 4,
    maxLength: 4,
  })
  .map((focus) => focus as AnswerValue[]);
const team = fc.record({
  k: fc.integer({ min: 3, max: 4 }),
  people: fc.array(
    fc.record({
      role: fc.constantFrom(...ROLES),
      focus: fc.oneof(
        answersArb,
        fc.constantFrom<AnswerValue[]>([1, 1, 1, 2], [1, 2, 1, 1], [5, 4, 5, 5], [4, 4, 5, 4]),
      ),
      base: fc.integer({ min: 2, max: 4 }),
    }),
    { minLength: 6, maxLength: 16 },
  ),
  who: fc.nat(),
  other: answersArb,
});

const published = (people: readonly { role: StakeholderRole; answers: Answers }[], k: number) => {
  const d = disclose(QUESTIONNAIRE, counted(people), k);
  return { d, splits: d.analysis.splits ?? [] };
};

/** The camps behind a published within-role split, recomputed from the counted answers (never published). */
const campsOf = (d: ReturnType<typeof disclose>, s: StakeholderSplit) => {
  const group = splitGroups(QUESTIONNAIRE, d.shownGroups).find((g) => g.role === s.roles[0]);
  const dimension = DIMENSIONS.find((x) => x.id === s.dimension);
  if (!group || !dimension) return null;
  const means = (group.counted(dimension.id) ?? [])
    .map((m) => respondentScore(dimension, m.answers))
    .filter((x): x is number => x !== null);
  return twoCamps(means, d.k);
};

const key = (s: StakeholderSplit) => `${s.dimension} ${s.kind} ${s.roles.join(',')} ${s.executives}`;

describe('splits, two worlds', () => {
  /**
   * The property proven: for two worlds that differ only in one stakeholder's answers, the published
   * splits are the same, except for splits that, in the world publishing them, rest on two camps of
   * at least k counted people each (within a role), or follow from the published group scores
   * (executives and delivery). A flag therefore never stands or falls on a camp smaller than a
   * published group: a 1 against k − 1 difference can never show.
   */
  it('one stakeholder answering otherwise changes only splits whose every side holds at least k people', () => {
    let changed = 0;
    fc.assert(
      fc.property(team, ({ k, people, who, other }) => {
        const base = people.map((p) => ({ role: p.role, answers: person(p.role, p.focus, p.base) }));
        const i = who % base.length;
        const moved = base.map((p, j) =>
          j === i ? { ...p, answers: person(p.role, other, people[i]?.base) } : p,
        );
        const [a, b] = [published(base, k), published(moved, k)];
        const [inA, inB] = [new Set(a.splits.map(key)), new Set(b.splits.map(key))];
        for (const [world, splits, others] of [
          [a, a.splits, inB],
          [b, b.splits, inA],
        ] as const)
          for (const s of splits) {
            if (s.kind === 'within-role') {
              // Every published within-role split, in either world, has k or more on each side.
              const camps = campsOf(world.d, s);
              expect(camps).not.toBeNull();
              expect(Math.min(camps?.lower ?? 0, camps?.upper ?? 0)).toBeGreaterThanOrEqual(k);
            } else {
              // Executives and delivery: a function of the published scores alone.
              const score = (role: string) =>
                world.d.analysis.byRole
                  .find((g) => g.role === role)
                  ?.dimensions.find((x) => x.id === s.dimension)?.score ?? null;
              const exec = score('executive') as number;
              for (const role of s.roles.slice(1)) {
                const diff = Math.round((exec - (score(role) as number)) * 100) / 100;
                expect(s.executives === 'higher' ? diff : -diff).toBeGreaterThanOrEqual(1);
              }
            }
            if (!others.has(key(s))) changed++;
          }
      }),
      { numRuns: runs(150), seed: 21 },
    );
    // A property over worlds in which nothing ever changed would prove nothing.
    expect(changed).toBeGreaterThan(0);
  });

  it('two stakeholders of one role swapping everything they did change no published split', () => {
    // As in the integration suite's two worlds: the two swap answers and the moment they submitted;
    // the order in which the store lists submissions is reversed too. The published splits are a
    // function of the published cells' multisets of own means, so nothing may move.
    fc.assert(
      fc.property(team, ({ k, people, who }) => {
        const base = counted(people.map((p) => ({ role: p.role, answers: person(p.role, p.focus, p.base) })));
        const i = who % base.length;
        const j = base.findIndex((p, n) => n !== i && p.role === base[i]?.role);
        if (j < 0) return;
        const swapped = base
          .map((p, n) =>
            n === i
              ? { ...p, answers: (base[j] as CountedResponse).answers }
              : n === j
                ? { ...p, answers: (base[i] as CountedResponse).answers }
                : p,
          )
          .map((p, n) =>
            n === i
              ? { ...p, submittedAt: (base[j] as CountedResponse).submittedAt }
              : n === j
                ? { ...p, submittedAt: (base[i] as CountedResponse).submittedAt }
                : p,
          )
          .reverse();
        expect(disclose(QUESTIONNAIRE, swapped, k).analysis).toEqual(
          disclose(QUESTIONNAIRE, base, k).analysis,
        );
      }),
      { numRuns: runs(150), seed: 22 },
    );
  });
});
