import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck, DECK_SLIDES } from '../../../web/src/deliverables/deck';
import type { DeliverableInput } from '../../../web/src/deliverables/input';
import { buildWorkbook } from '../../../web/src/deliverables/workbook';
import { directionOnly, withEditionThree } from '../../support/edition-3-result';
import { deliverableInput } from './fixtures';
import { readXlsx } from './xlsx-read';

const edition3 = (language: 'en' | 'fr' | 'de' = 'en', direction = false): DeliverableInput => {
  const input = deliverableInput({ language });
  const result = withEditionThree(input.results.result, { currency: 'CHF' });
  return { ...input, results: { ...input.results, result: direction ? directionOnly(result) : result } };
};

const slideXml = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Array.from(
      { length: DECK_SLIDES },
      (_, i) => zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string') ?? '',
    ),
  );
};

describe("edition 3's office in the deck and the workbook", () => {
  it('gives the deck a slide on the office: shape, control, services and what stakeholders asked for', async () => {
    const xml = await slideXml(await buildDeck(edition3()));
    const office = xml[5] ?? '';
    expect(office).toContain('The office is a portfolio office: 10 services');
    expect(office).toContain('Degree of control: weather station');
    expect(office).toContain('Coaching project managers');
    expect(office).toContain('Assigning people to projects (31 %): not answered');
    // Summary and business case in the chosen currency, one-off beside yearly, and the returns.
    expect(xml[1]).toContain('Shape: ');
    expect(xml[1]).toMatch(/CHF[\s\u00a0]?412,000[\s\S]*once/);
    expect(xml[6]).toContain('One-off cost: CHF');
    expect(xml[6]).toMatch(/Expected returns: CHF[\s\u00a0]?420,000/);
    expect(xml[6]).toContain('Projects on time (outcome)');
  });

  it('says so when the evidence gives a direction only, in every language', async () => {
    for (const [language, none] of [
      ['en', 'No rollout plan yet'],
      ['fr', 'Pas encore de plan de déploiement'],
      ['de', 'Noch kein Einführungsplan'],
    ] as const) {
      const xml = await slideXml(await buildDeck(edition3(language, true)));
      expect(xml.join('')).toContain(none);
    }
  });

  it('adds the services, returns, KPIs and expectations to the workbook, with the currency', async () => {
    const wb = await readXlsx(await buildWorkbook(edition3()));
    expect(wb.sheetNames).toEqual([
      'Summary',
      'Dimensions',
      'Role groups',
      'Model fit',
      'Office services',
      'Expected returns',
      'KPIs',
      'Expectations',
      'Rollout',
      'Quick wins',
    ]);
    const summary = wb.sheet('Summary').table();
    expect(summary.find((r) => r[0] === 'Currency')?.[1]).toBe('CHF');
    expect(summary.find((r) => r[0] === 'One-off cost (CHF), range')?.slice(1)).toEqual([60_000, 95_000]);
    expect(summary.find((r) => r[0] === 'Shape of the office')?.[1]).toBe('A portfolio office');
    expect(wb.sheet('Office services').table()).toHaveLength(11);
    expect(wb.sheet('Expected returns').table()[3]?.[1]).toBe('not priced');
    expect(wb.sheet('KPIs').table()[1]).toEqual([
      'Projects on time',
      'outcome',
      expect.any(String),
      undefined,
      75,
      '%',
    ]);
  });
});
