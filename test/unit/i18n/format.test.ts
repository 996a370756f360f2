import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../functions/i18n/format';
import { negotiate } from '../../../functions/i18n/languages';

const fr = { language: 'fr' as const, catalogue: { item: 'élément {n}' } };
const de = { language: 'de' as const, catalogue: {} };
const en = { language: 'en' as const, catalogue: {} };

describe('language negotiation', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['es, de;q=0.5, fr;q=0.7', 'fr'],
    ['en-GB;q=0.3, de-AT;q=0.9', 'de'],
    ['de;q=0, en', 'en'],
    ['ja, es', undefined],
    ['', undefined],
  ])('%s → %s', (header, expected) => {
    expect(negotiate(header)).toBe(expected);
  });
});

describe('templates', () => {
  it('formats numbers, plurals, lists and dates through Intl in each language', () => {
    expect(interpolate(fr, '{x, number, 2} sur 5', { x: 3.5 })).toBe('3,50 sur 5');
    expect(interpolate(de, '{x} Personen', { x: 1234 })).toBe('1.234 Personen');
    expect(interpolate(en, '{x} people', { x: 1234 })).toBe('1,234 people');
    const plural = '{n, plural, =0 {none} one {# project} other {# projects}}';
    expect([0, 1, 2].map((n) => interpolate(en, plural, { n }))).toEqual(['none', '1 project', '2 projects']);
    expect(interpolate(fr, '{n, plural, one {# projet} other {# projets}}', { n: 1.5 })).toBe('1,5 projet');
    expect(interpolate(de, '{xs}', { xs: ['A', 'B', 'C'] })).toBe('A, B und C');
    expect(interpolate(fr, '{xs}', { xs: ['A', 'B'] })).toBe('A et B');
    expect(interpolate(de, 'bis zum {d, date}', { d: '2026-03-01' })).toBe('bis zum 1. März 2026');
  });

  it('says nested messages in the same language', () => {
    expect(interpolate(fr, 'voir {m}', { m: { key: 'item', params: { n: 2 } } })).toBe('voir élément 2');
  });

  it('refuses a missing value instead of printing a hole', () => {
    expect(() => interpolate(en, 'at {score}', {})).toThrow(/score/);
  });
});
