import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import { QUESTIONNAIRE_2026_1, QUESTIONNAIRE_2026_2 } from '../../../functions/core';
import {
  minutesLeft,
  questionSeconds,
  READING,
  routeFor,
  wordCount,
} from '../../../functions/core/questionnaire/reading-time';
import { isOwnQuestion, roleFirst } from '../../../functions/core/questionnaire/route';

const question = (id: string, audience?: string[]) => ({
  id,
  text: 'one two three four',
  levels: ['a b', 'c d', 'e f', 'g h', 'i j'],
  ...(audience ? { audience } : {}),
});

describe('reading time of a stakeholder’s route', () => {
  it('counts words as runs of non-space characters', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  How do  teams run\ntheir projects? ')).toBe(6);
  });

  it('prices a rated question by all its words plus a decision, a handed-on one by its prompt plus a tap', () => {
    const q = question('x');
    const perWord = 60 / READING.wordsPerMinute;
    expect(questionSeconds(q, true)).toBeCloseTo(14 * perWord + READING.secondsPerRating);
    expect(questionSeconds(q, false)).toBeCloseTo(4 * perWord + READING.secondsPerHandOn);
    expect(questionSeconds(q, false)).toBeLessThan(questionSeconds(q, true));
  });

  it('rates the role’s own questions, hands the others on, and is 25 % longer on a phone', () => {
    const input = {
      dimensions: [
        {
          name: 'Two words',
          summary: 'Three more words.',
          questions: [question('a', ['executive']), question('b', ['team-member'])],
        },
      ],
      services: [{ label: 'one two' }],
    };
    const route = routeFor(input, 'executive');
    expect(route.own).toBe(1);
    expect(route.handedOn).toBe(1);
    expect(route.words).toBe(5 + 14 + 4 + 2);
    expect(route.phone).toBeCloseTo(route.desktop * 1.25);
    const everything = routeFor(input, 'executive', { rateAll: true });
    expect(everything.own).toBe(2);
    expect(everything.desktop).toBeGreaterThan(route.desktop);
  });

  it('takes every question as the reader’s own when it names no audience (edition 2026.1)', () => {
    const route = routeFor(QUESTIONNAIRE_2026_1, 'team-member');
    expect(route.handedOn).toBe(0);
    expect(route.own).toBe(40);
  });

  it('keeps every role’s median route of edition 2026.2 at 12 minutes or less on a phone', () => {
    for (const role of STAKEHOLDER_ROLES)
      expect(routeFor(QUESTIONNAIRE_2026_2, role).phone, role).toBeLessThanOrEqual(12);
  });

  it('counts only what is still open, and nothing once all is handled', () => {
    const all = routeFor(QUESTIONNAIRE_2026_2, 'controller');
    const none = () => false;
    expect(minutesLeft(QUESTIONNAIRE_2026_2, 'controller', none, 'desktop')).toBe(Math.round(all.desktop));
    expect(minutesLeft(QUESTIONNAIRE_2026_2, 'controller', none, 'phone')).toBe(Math.round(all.phone));
    expect(minutesLeft(QUESTIONNAIRE_2026_2, 'controller', () => true, 'phone', { servicesDone: true })).toBe(
      0,
    );
    // One open question still shows as a minute, never as zero.
    expect(
      minutesLeft(QUESTIONNAIRE_2026_2, 'controller', (id) => id !== 'fin-case', 'desktop', {
        servicesDone: true,
      }),
    ).toBe(1);
  });
});

describe('role-first order within a section', () => {
  it('puts the role’s own questions first, each group in the questionnaire’s order, numbered as shown', () => {
    const qs = [
      question('a', ['executive']),
      question('b', ['team-member']),
      question('c'),
      question('d', ['team-member', 'executive']),
    ];
    const placed = roleFirst(qs, 'team-member');
    expect(placed.map((p) => p.question.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(placed.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(placed.map((p) => p.own)).toEqual([true, true, true, false]);
  });

  it('keeps the questionnaire’s order without a role', () => {
    const qs = [question('a', ['executive']), question('b', ['team-member'])];
    expect(roleFirst(qs, undefined).map((p) => [p.question.id, p.own])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(isOwnQuestion({}, 'other')).toBe(true);
  });
});
