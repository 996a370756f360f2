import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { CONTEXT } from './fixtures';
import { type Harness, harness, tickingClock, tokenOf } from './harness';

/**
 * Two worlds, with the calibration: the same assessment and the same generated sequence of
 * consultant actions (agreeing and withdrawing levels, importance, evidence items added, changed and
 * removed, targets, share links), run twice. The worlds differ only in what one stakeholder answers
 * (ratings and importance), and that stakeholder's submission is never in a published batch: the
 * others submit whole batches of k (or none), and this one submits last. A validated level may be set
 * before k have answered, and mixes with whatever is published; whatever the consultant and a share
 * holder receive must still be byte for byte the same, or some reply would carry the answers the
 * disclosure rules withhold.
 */

const entropy = vi.hoisted(() => ({ state: 1 }));
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  const next = () => {
    entropy.state = (Math.imul(entropy.state, 1103515245) + 12345) >>> 0;
    return entropy.state >>> 16;
  };
  const randomBytes = (size: number) => Buffer.from(Array.from({ length: size }, () => next() & 0xff));
  const randomInt = (a: number, b?: number) => {
    const [min, max] = b === undefined ? [0, a] : [a, b];
    return min + (next() % (max - min));
  };
  return { ...actual, default: { ...actual, randomBytes, randomInt }, randomBytes, randomInt };
});

const DIMENSIONS = QUESTIONNAIRE.dimensions.map((d) => d.id);
const QUESTIONS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const STEPS = 4;

const answersArb = fc
  .tuple(
    fc.subarray(QUESTIONS, { minLength: 8 }),
    fc.integer({ min: 1, max: 5 }),
    fc.dictionary(fc.constantFrom(...DIMENSIONS), fc.integer({ min: 1, max: 5 }), { maxKeys: 4 }),
  )
  .map(([questions, base, importance]) => ({
    answers: Object.fromEntries(questions.map((id, i) => [id, ((base + i) % 5) + 1])),
    importance,
  }));

type Act =
  | { kind: 'agree'; dimension: string; level: number | null; importance: number | null }
  | { kind: 'evidence'; dimension: string; level: number }
  | { kind: 'edit-evidence' | 'drop-evidence'; nth: number; level: number }
  | { kind: 'targets'; dimension: string; level: number }
  | { kind: 'share' };

const actArb: fc.Arbitrary<Act> = fc.oneof(
  fc.record({
    kind: fc.constant('agree' as const),
    dimension: fc.constantFrom(...DIMENSIONS),
    level: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }),
    importance: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('evidence' as const),
    dimension: fc.constantFrom(...DIMENSIONS),
    level: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constantFrom('edit-evidence' as const, 'drop-evidence' as const),
    nth: fc.nat(3),
    level: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('targets' as const),
    dimension: fc.constantFrom(...DIMENSIONS),
    level: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('share' as const) }),
);

const scenario = fc.record({
  k: fc.integer({ min: 3, max: 4 }),
  /** Whether the others fill one published batch of k, or nobody is published at all. */
  batch: fc.boolean(),
  others: fc.array(answersArb, { minLength: 4, maxLength: 4 }),
  /** The one stakeholder's answers in each world. */
  worlds: fc.tuple(answersArb, answersArb),
  submitAt: fc.array(fc.integer({ min: 0, max: STEPS - 2 }), { minLength: 4, maxLength: 4 }),
  acts: fc.array(fc.array(actArb, { maxLength: 3 }), { minLength: STEPS, maxLength: STEPS }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const seenCalibration = { agreed: 0, evidence: 0, published: 0 };

const run = async (s: Scenario, world: 0 | 1): Promise<unknown[]> => {
  entropy.state = 1;
  const h: Harness = await harness({ now: tickingClock(Date.UTC(2026, 11, 1)) });
  const token = await h.signIn();
  const call = (method: string, path: string, body?: unknown) => h.call(method, path, body, token);
  const seen: unknown[] = [];
  const record = (label: string, res: { status: number; text: string }) =>
    seen.push([label, res.status, res.text]);
  const created = await call('POST', '/api/assessments', {
    clientName: 'Northwind',
    context: CONTEXT,
    minGroupSize: s.k,
  });
  const id = created.json.id as string;
  const base = `/api/assessments/${id}`;
  const submitters = s.batch ? s.k : 0;
  const people: { token: string; plan: Scenario['others'][number]; submitAt: number }[] = [];
  // The one whose answers differ, then the others; all of one role, so no role group tells them apart.
  for (let i = 0; i < 1 + submitters; i++) {
    const invite = await call('POST', `${base}/stakeholders`, {
      role: 'project-manager',
      name: `Person ${i}`,
    });
    record('invite', invite);
    people.push({
      token: tokenOf(invite.json.inviteUrl),
      plan: i === 0 ? s.worlds[world] : (s.others[i - 1] as Scenario['others'][number]),
      submitAt: i === 0 ? STEPS - 1 : (s.submitAt[i - 1] as number),
    });
  }
  const evidence: string[] = [];
  let share: string | null = null;
  for (let step = 0; step < STEPS; step++) {
    for (const act of s.acts[step] ?? []) {
      let res: Awaited<ReturnType<typeof call>>;
      if (act.kind === 'agree') {
        res = await call('PUT', `${base}/calibration/${act.dimension}`, {
          level: act.level,
          importance: act.importance,
          rationale: `Agreed at step ${step}`,
        });
        if (res.status === 200 && act.level !== null) seenCalibration.agreed++;
      } else if (act.kind === 'evidence') {
        res = await call('POST', `${base}/evidence`, {
          dimension: act.dimension,
          document: 'Steering minutes',
          link: 'https://docs.client.test/minutes',
          observation: 'Decisions are minuted.',
          level: act.level,
        });
        if (res.status === 201) {
          evidence.push(res.json.id);
          seenCalibration.evidence++;
        }
      } else if (act.kind === 'edit-evidence' || act.kind === 'drop-evidence') {
        const target = evidence[act.nth % Math.max(1, evidence.length)];
        if (!target) continue;
        res =
          act.kind === 'drop-evidence'
            ? await call('DELETE', `${base}/evidence/${target}`)
            : await call('PUT', `${base}/evidence/${target}`, {
                dimension: DIMENSIONS[act.level] ?? 'standards',
                document: 'Portfolio list',
                observation: 'Kept current.',
                level: act.level,
              });
        if (act.kind === 'drop-evidence' && res.status === 204) evidence.splice(evidence.indexOf(target), 1);
      } else if (act.kind === 'targets') {
        res = await call('PUT', `${base}/targets`, { dimensions: { [act.dimension]: act.level } });
      } else {
        res = await call('POST', `${base}/share-links`, { label: 'Board' });
        if (res.status === 201) share = tokenOf(res.json.shareUrl);
      }
      record(act.kind, res);
    }
    for (const p of people) {
      if (p.submitAt !== step) continue;
      await h.respond('PUT', p.token, { answers: p.plan.answers, importance: p.plan.importance });
      await h.respond('SUBMIT', p.token);
    }
    for (const path of [
      `${base}/results`,
      `${base}/calibration`,
      `${base}/evidence`,
      `${base}/export/results.json`,
      `${base}`,
    ]) {
      const res = await call('GET', path);
      record(path, res);
      if (path === `${base}/results` && res.json?.disclosure?.published > 0) seenCalibration.published++;
    }
    if (share)
      record('share', await h.call('GET', '/api/share', undefined, undefined, { 'x-share-token': share }));
  }
  return seen;
};

describe('two worlds, with the calibration', () => {
  it("one stakeholder's withheld answers change nothing the consultant or a share holder receives, whatever levels and evidence the workshop records", {
    timeout: 300_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const [a, b] = [await run(s, 0), await run(s, 1)];
        expect(b).toEqual(a);
      }),
      { numRuns: Number(process.env.TWO_WORLDS_RUNS ?? 2), seed: 7, endOnFailure: true },
    );
    // A property over nothing proves nothing: levels were agreed, evidence kept, batches published.
    expect(seenCalibration.agreed).toBeGreaterThan(0);
    expect(seenCalibration.evidence).toBeGreaterThan(0);
  });
});
