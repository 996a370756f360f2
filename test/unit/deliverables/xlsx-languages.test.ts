import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import { placeholdersOf } from '../../../functions/i18n/format';
import type { Language } from '../../../functions/i18n/languages';
import { deQuestionnaire } from '../../../functions/i18n/questionnaire/de';
import { frQuestionnaire } from '../../../functions/i18n/questionnaire/fr';
import { buildWorkbook } from '../../../web/src/deliverables/workbook';
import { DECK_DE } from '../../../web/src/i18n/deck-de';
import { DECK_EN } from '../../../web/src/i18n/deck-en';
import { DECK_FR } from '../../../web/src/i18n/deck-fr';
import { WORKBOOK_DE } from '../../../web/src/i18n/workbook-de';
import { WORKBOOK_EN, type WorkbookCatalogue, type WorkbookKey } from '../../../web/src/i18n/workbook-en';
import { WORKBOOK_FR } from '../../../web/src/i18n/workbook-fr';
import { deliverableInput } from './fixtures';
import { readXlsx } from './xlsx-read';

const CATALOGUES = { fr: WORKBOOK_FR, de: WORKBOOK_DE } as const;
const DECKS = { en: DECK_EN, fr: DECK_FR, de: DECK_DE } as const;

/** Texts the same in English by right: the word is the one a French or German consultant uses. */
const SAME: Record<'fr' | 'de', WorkbookKey[]> = {
  fr: ['sheet.dimensions', 'summary.client', 'col.dimension', 'col.score', 'col.phase', 'col.service'],
  de: ['col.dimension', 'col.phase'],
};

/** A breakable space before a French high mark or inside guillemets. */
const LOOSE_FRENCH = /[ \t\n](?=[:;!?»])|«[ \t\n]/;

const ENGLISH = new Set<string>(Object.values(WORKBOOK_EN));

const open = async (language: Language) => readXlsx(await buildWorkbook(deliverableInput({ language })));

describe('the workbook in the reader’s language', () => {
  it('has every text in each language, with the same placeholders and no English left over', () => {
    for (const language of ['fr', 'de'] as const) {
      const catalogue: WorkbookCatalogue = CATALOGUES[language];
      expect(Object.keys(catalogue).sort(), language).toEqual(Object.keys(WORKBOOK_EN).sort());
      for (const key of Object.keys(WORKBOOK_EN) as WorkbookKey[]) {
        expect(catalogue[key].trim(), `${language} ${key}`).not.toBe('');
        expect(placeholdersOf(catalogue[key]), `${language} ${key}`).toEqual(
          placeholdersOf(WORKBOOK_EN[key]),
        );
        if (!SAME[language].includes(key))
          expect(catalogue[key], `${language} ${key} is still English`).not.toBe(WORKBOOK_EN[key]);
      }
    }
    // French punctuation: no line may break before a colon or inside guillemets.
    for (const [key, text] of Object.entries(WORKBOOK_FR)) expect(LOOSE_FRENCH.test(text), key).toBe(false);
    expect(WORKBOOK_FR['doc.title']).toBe('{client}\u00a0: résultats du diagnostic PMO');
  });

  it.each([
    ['fr', 'Synthèse', 'Établi le', 'Taux de réponse', 'Direction', 'Page &P sur &N', 'fr-FR'],
    ['de', 'Übersicht', 'Erstellt am', 'Rücklaufquote', 'Geschäftsleitung', 'Seite &P von &N', 'de-DE'],
  ] as const)(
    'names sheets, headers and rows in %s',
    async (language, summaryName, preparedOn, rate, executives, page, tag) => {
      const catalogue = CATALOGUES[language];
      const wb = await open(language);
      expect(wb.sheetNames).toEqual(
        (
          ['summary', 'dimensions', 'roles', 'fit', 'services', 'returns', 'kpis', 'rollout', 'wins'] as const
        ).map((s) => catalogue[`sheet.${s}`]),
      );
      expect(wb.sheetNames[0]).toBe(summaryName);

      // Every header and every summary label is one of this language's texts, never an English one.
      const roleNames = new Set<string>(Object.values(DECKS[language]));
      // Labels that name a currency are this language's texts with the currency put in.
      const own = new Set<string>(Object.values(catalogue).map((text) => text.replace('{currency}', 'EUR')));
      const labels = wb.sheetNames.flatMap((name) => {
        const table = wb.sheet(name).table();
        return name === summaryName
          ? [...(table[0] ?? []), ...table.slice(1).map((r) => r[0])]
          : (table[0] ?? []);
      });
      expect(labels.length).toBeGreaterThan(40);
      for (const label of labels) {
        expect(typeof label, String(label)).toBe('string');
        const text = label as string;
        const ownText = own.has(text) || roleNames.has(text);
        expect(ownText, `${language}: ${text}`).toBe(true);
        if (!SAME[language].some((k) => catalogue[k] === text))
          expect(
            ENGLISH.has(text) || Object.values(DECK_EN).includes(text as never),
            `${language}: ${text}`,
          ).toBe(false);
      }
      expect(wb.sheet(catalogue['sheet.roles']).table()[0]).toContain(executives);

      // The results' own words come in the same language: the dimensions, the fits, the recommendation.
      const summary = wb.sheet(summaryName);
      const rowOf = (label: string) => {
        const r = summary.table().findIndex((x) => x[0] === label);
        expect(r, label).toBeGreaterThan(0);
        return summary.cells.get(`B${r + 1}`);
      };
      expect(rowOf(catalogue['summary.recommendation'])?.value).toMatch(
        language === 'fr' ? /^Un PMO de type / : /^Ein PMO als /,
      );
      expect(rowOf(catalogue['summary.perQuestion'])?.value).toBe(catalogue['summary.perQuestionNote']);

      // Numbers stay numbers with their formats; the date is a date cell.
      expect(rowOf(preparedOn)).toMatchObject({ type: 'n', value: 46348, format: 'yyyy-mm-dd' });
      expect(rowOf(rate)).toMatchObject({ type: 'n', format: '0%' });
      expect(rowOf(catalogue['summary.score'])).toMatchObject({ type: 'n', format: '0.00' });
      expect(rowOf(catalogue['summary.submissions'])).toMatchObject({ type: 'n', value: 6, format: '0' });
      expect(wb.sheet(catalogue['sheet.dimensions']).cells.get('B2')).toMatchObject({
        type: 'n',
        format: '0.00',
      });
      expect(wb.sheet(catalogue['sheet.roles']).cells.get('B2')).toMatchObject({ type: 'n', format: '0.00' });
      expect(wb.sheet(catalogue['sheet.fit']).cells.get('B2')).toMatchObject({ type: 'n', format: '0' });
      expect(wb.sheet(catalogue['sheet.rollout']).cells.get('C2')).toMatchObject({ type: 'n', format: '0' });
      expect(wb.sheet(catalogue['sheet.wins']).cells.get('B2')).toMatchObject({ type: 'n', format: '0.00' });
      for (const name of wb.sheetNames)
        for (const cell of wb.sheet(name).cells.values())
          if (cell.type !== 'n')
            expect(String(cell.value), `${name}!${cell.ref}`).not.toMatch(
              /^-?(?=.*\d)[\d.,\s\u00a0\u202f%]+$/,
            );

      // The quick wins in the edition's own translation, not the English wording.
      const edition = (language === 'fr' ? frQuestionnaire() : deQuestionnaire()).editions[
        QUESTIONNAIRE.version
      ];
      const wins = wb.sheet(catalogue['sheet.wins']).table().slice(1);
      expect(wins[0]?.[0]).toBe(edition?.dimensions.resources?.name);
      expect(wins[0]?.[2]).toBe(edition?.dimensions.resources?.quickWin);
      const english = new Set(QUESTIONNAIRE.dimensions.flatMap((d) => [d.name, d.quickWin]));
      for (const win of wins)
        for (const text of [win[0], win[2]]) expect(english.has(String(text)), String(text)).toBe(false);

      // The document's properties and the printed footer speak it too.
      const core = wb.parts.get('docProps/core.xml');
      expect(core?.getElementsByTagName('dc:language')[0]?.textContent).toBe(tag);
      expect(core?.getElementsByTagName('dc:title')[0]?.textContent).toBe(
        catalogue['doc.title'].replace('{client}', 'Fabrikam Energy'),
      );
      expect(wb.sheet(summaryName).xml.getElementsByTagName('oddFooter')[0]?.textContent).toBe(
        `&L&A&R${page}`,
      );
    },
  );

  it('keeps the English workbook in English', async () => {
    const wb = await open('en');
    expect(wb.sheetNames[0]).toBe('Summary');
    expect(wb.parts.get('docProps/core.xml')?.getElementsByTagName('dc:language')[0]?.textContent).toBe(
      'en-GB',
    );
    expect(wb.sheet('Summary').xml.getElementsByTagName('oddFooter')[0]?.textContent).toBe(
      '&L&A&RPage &P of &N',
    );
    expect(wb.sheet('Quick wins').value('C2')).toBe(
      QUESTIONNAIRE.dimensions.find((d) => d.id === 'resources')?.quickWin,
    );
  });
});
