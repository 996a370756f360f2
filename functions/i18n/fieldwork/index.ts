import { entryFromQuestionnaire } from '../../core/fieldwork/fallback';
import type { KitDimensions, KitEntry, KitSource } from '../../core/fieldwork/types';
import type { Dimension, Questionnaire } from '../../core/questionnaire/types';
import type { Language } from '../languages';
import type { FieldworkTexts } from './en';

export type { FieldworkKey, FieldworkTexts } from './en';

/**
 * The fieldwork kit's catalogues: per language, the page's words, and per edition the entries by
 * dimension id. Each loads on first use, so a reader fetches only their language.
 *
 * An edition either has its own files or reads another edition's (INHERITS), when its dimensions
 * keep their ids and meaning. A new edition that is declared in neither falls back, dimension by
 * dimension, to another edition's entry for the same id, then to English, then to an entry made
 * from the questionnaire itself; the coverage test names every dimension that falls back.
 */
export const KIT_FILES: Record<Language, Readonly<Record<string, () => Promise<KitDimensions>>>> = {
  en: { '2026.2': () => import('./en-2026-2').then((m) => m.KIT_EN_2026_2) },
  fr: { '2026.2': () => import('./fr-2026-2').then((m) => m.KIT_FR_2026_2) },
  de: { '2026.2': () => import('./de-2026-2').then((m) => m.KIT_DE_2026_2) },
};

/** Editions that read another edition's entries: same dimension ids, same meaning. */
export const INHERITS: Readonly<Record<string, string>> = { '2026.1': '2026.2', '2026.3': '2026.2' };

export const TEXT_FILES: Record<Language, () => Promise<FieldworkTexts>> = {
  en: () => import('./en').then((m) => m.FIELDWORK_EN),
  fr: () => import('./fr').then((m) => m.FIELDWORK_FR),
  de: () => import('./de').then((m) => m.FIELDWORK_DE),
};

/** The edition whose files an edition reads (itself when it has its own, or an undeclared one). */
export const editionSource = (edition: string): string => INHERITS[edition] ?? edition;

/** Newest first, by version string: the order another edition's entries are tried in. */
const byRecency = (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true });

/** Loads the entries a reader in `language` might need for `edition`: every edition's files of the language, and English. */
export const loadKitEntries = async (
  language: Language,
): Promise<{ own: Record<string, KitDimensions>; english: Record<string, KitDimensions> }> => {
  const load = async (l: Language) =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(KIT_FILES[l]).map(async ([edition, file]) => [edition, await file()] as const),
      ),
    );
  const [own, english] = await Promise.all([load(language), language === 'en' ? undefined : load('en')]);
  return { own, english: english ?? own };
};

export interface ResolvedEntry {
  dimension: Dimension;
  entry: KitEntry;
  source: KitSource;
}

/**
 * A dimension's entry for an edition: the edition's own (or inherited) entry in the reader's
 * language, else another edition's for the same id, else the English one, else one made from the
 * questionnaire (already in the reader's language when the caller localised it).
 */
export const resolveEntry = (
  loaded: { own: Readonly<Record<string, KitDimensions>>; english: Readonly<Record<string, KitDimensions>> },
  edition: string,
  dimension: Dimension,
): ResolvedEntry => {
  const exact = loaded.own[editionSource(edition)]?.[dimension.id];
  if (exact) return { dimension, entry: exact, source: 'edition' };
  const pick = (files: Readonly<Record<string, KitDimensions>>) =>
    Object.keys(files)
      .sort(byRecency)
      .map((e) => files[e]?.[dimension.id])
      .find((e): e is KitEntry => e !== undefined);
  const other = pick(loaded.own);
  if (other) return { dimension, entry: other, source: 'other-edition' };
  const english = loaded.english[editionSource(edition)]?.[dimension.id] ?? pick(loaded.english);
  if (english) return { dimension, entry: english, source: 'english' };
  return { dimension, entry: entryFromQuestionnaire(dimension), source: 'questionnaire' };
};

/** Every dimension of an edition, resolved in a language. */
export const resolveKit = (
  loaded: Parameters<typeof resolveEntry>[0],
  questionnaire: Questionnaire,
): ResolvedEntry[] => questionnaire.dimensions.map((d) => resolveEntry(loaded, questionnaire.version, d));
