import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../../functions/core/questionnaire';
import { ENGINE_CATALOGUES } from '../../../functions/i18n/engine';
import { EN } from '../../../functions/i18n/engine/en';
import { placeholdersOf } from '../../../functions/i18n/format';
import { LANGUAGES } from '../../../functions/i18n/languages';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { MAIL_CATALOGUES } from '../../../functions/i18n/mail';
import { MAIL_EN } from '../../../functions/i18n/mail/en';
import { QUESTIONNAIRE_TEXTS } from '../../../functions/i18n/questionnaire';
import { editionTextOf, sharedTextOf } from '../../../functions/i18n/questionnaire/source';
import { WEB_DE } from '../../../web/src/i18n/de';
import { WEB_EN } from '../../../web/src/i18n/en';
import { WEB_FR } from '../../../web/src/i18n/fr';
import { PUBLIC_DE } from '../../../web/src/i18n/public-de';
import { PUBLIC_EN } from '../../../web/src/i18n/public-en';
import { PUBLIC_FR } from '../../../web/src/i18n/public-fr';
import { REPORT_DE } from '../../../web/src/i18n/report-de';
import { REPORT_EN } from '../../../web/src/i18n/report-en';
import { REPORT_FR } from '../../../web/src/i18n/report-fr';
import { TRANSFER_DE } from '../../../web/src/i18n/transfer-de';
import { TRANSFER_EN } from '../../../web/src/i18n/transfer-en';
import { TRANSFER_FR } from '../../../web/src/i18n/transfer-fr';
import { WORKSPACE_DE } from '../../../web/src/i18n/workspace-de';
import { WORKSPACE_EN } from '../../../web/src/i18n/workspace-en';
import { WORKSPACE_FR } from '../../../web/src/i18n/workspace-fr';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

const TRANSLATIONS = LANGUAGES.filter((l) => l !== 'en');

/** Every key of the source, with exactly the source's placeholders, in a translation. */
const expectSameShape = (
  source: Readonly<Record<string, string>>,
  translation: Readonly<Record<string, string>>,
) => {
  expect(Object.keys(translation).sort()).toEqual(Object.keys(source).sort());
  for (const [key, text] of Object.entries(source)) {
    const translated = translation[key] ?? '';
    expect(translated.trim(), key).not.toBe('');
    expect(placeholdersOf(translated), key).toEqual(placeholdersOf(text));
  }
};

/** Flattens nested texts to `path → text`, so questionnaire texts compare like catalogues. */
const flatten = (value: unknown, path = ''): Record<string, string> => {
  if (typeof value === 'string') return { [path]: value };
  if (value === null || typeof value !== 'object') return {};
  return Object.assign(
    {},
    ...Object.entries(value).map(([k, v]) => flatten(v, path === '' ? k : `${path}.${k}`)),
  );
};

describe('catalogues', () => {
  it.each(TRANSLATIONS)('the engine catalogue in %s has every key with the same placeholders', (language) => {
    expectSameShape(EN, ENGINE_CATALOGUES[language]);
  });

  it.each(TRANSLATIONS)('the mail catalogue in %s has every key with the same placeholders', (language) => {
    expectSameShape(MAIL_EN, MAIL_CATALOGUES[language]);
  });

  it('the web catalogues have every key with the same placeholders', () => {
    expectSameShape(WEB_EN, WEB_FR);
    expectSameShape(WEB_EN, WEB_DE);
    expectSameShape(REPORT_EN, REPORT_FR);
    expectSameShape(REPORT_EN, REPORT_DE);
    expectSameShape(PUBLIC_EN, PUBLIC_FR);
    expectSameShape(PUBLIC_EN, PUBLIC_DE);
    expectSameShape(WORKSPACE_EN, WORKSPACE_FR);
    expectSameShape(WORKSPACE_EN, WORKSPACE_DE);
    expectSameShape(TRANSFER_EN, TRANSFER_FR);
    expectSameShape(TRANSFER_EN, TRANSFER_DE);
  });

  it.each(TRANSLATIONS)('the questionnaire texts shared by the editions in %s are complete', (language) => {
    const current = QUESTIONNAIRES.at(-1);
    if (!current) throw new Error('no edition');
    expectSameShape(flatten(sharedTextOf(current)), flatten(QUESTIONNAIRE_TEXTS[language].shared));
  });

  // Every edition is translated in full: a stakeholder may answer any open assessment in any language.
  it.each(TRANSLATIONS.flatMap((language) => QUESTIONNAIRES.map((q) => [language, q.version] as const)))(
    'the questionnaire in %s, edition %s, has every text',
    (language, version) => {
      const q = QUESTIONNAIRES.find((x) => x.version === version);
      if (!q) throw new Error(version);
      const edition = QUESTIONNAIRE_TEXTS[language].editions[version];
      expect(edition, `${language} ${version}`).toBeDefined();
      expectSameShape(flatten(editionTextOf(q)), flatten(edition));
    },
  );

  it.each(TRANSLATIONS)(
    'gives all five level descriptors of every question in %s, each distinct',
    (language) => {
      for (const edition of Object.values(QUESTIONNAIRE_TEXTS[language].editions)) {
        for (const [id, question] of Object.entries(edition.questions)) {
          expect(question.levels, id).toHaveLength(5);
          expect(new Set(question.levels).size, id).toBe(5);
        }
      }
      expect(QUESTIONNAIRE_TEXTS[language].shared.levels).toHaveLength(5);
    },
  );
});
