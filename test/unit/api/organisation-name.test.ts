import { describe, expect, it } from 'vitest';
import {
  newOrganisationId,
  normaliseOrganisationName,
} from '../../../functions/api/auth/organisation-registry';
import { isOrganisationId } from '../../../functions/api/auth/principal';

describe('normaliseOrganisationName', () => {
  it('folds width, case and spacing, so look-alike names meet', () => {
    for (const lookalike of [
      'ＤＥＭＯ　Ｃｏｎｓｕｌｔｉｎｇ',
      'demo consulting',
      '  Demo \t Consulting\n',
      'Demo\u00a0Consulting',
      'DEMO CONSULTING',
    ])
      expect(normaliseOrganisationName(lookalike), lookalike).toBe('demo consulting');
    expect(normaliseOrganisationName('Straße')).toBe(normaliseOrganisationName('STRASSE'));
    expect(normaliseOrganisationName('ΟΔΟΣ')).toBe(normaliseOrganisationName('οδος'));
    expect(normaliseOrganisationName('ﬁrm')).toBe('firm');
  });

  it('keeps letters of every script, accents and punctuation apart', () => {
    const names = [
      'Кириллица Консалтинг',
      '東京コンサルティング',
      'Αθηναϊκή Συμβουλευτική',
      'استشارات الرياض',
      'Café Conseil',
      'Cafe Conseil',
      'Acme, Inc.',
      'Acme Inc',
      'Acme-Inc',
    ];
    expect(new Set(names.map(normaliseOrganisationName)).size).toBe(names.length);
  });

  it('treats a composed and a decomposed accent as the same letter', () => {
    expect(normaliseOrganisationName('Cafe\u0301')).toBe(normaliseOrganisationName('Café'));
  });
});

describe('organisation ids', () => {
  it('are random, URL-safe and of the shape the API accepts', () => {
    const ids = Array.from({ length: 100 }, newOrganisationId);
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) expect(isOrganisationId(id)).toBe(true);
  });

  it('refuse anything that could bend a key', () => {
    for (const bad of ['', 'short', 'ORG#abcdefgh', 'a'.repeat(65), 'abc def ghi', 'ümlautsüm', 42])
      expect(isOrganisationId(bad), String(bad)).toBe(false);
  });
});
