import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import { QUESTIONNAIRE, QUESTIONNAIRES } from '../../../functions/core';
import type { KitDimensions } from '../../../functions/core/fieldwork';
import type { Questionnaire } from '../../../functions/core/questionnaire/types';
import {
  editionSource,
  INHERITS,
  KIT_FILES,
  loadKitEntries,
  resolveKit,
  TEXT_FILES,
} from '../../../functions/i18n/fieldwork';
import { placeholdersOf } from '../../../functions/i18n/format';
import { LANGUAGES } from '../../../functions/i18n/languages';

/** Every language's files, loaded once. */
const loadAll = async () =>
  Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await loadKitEntries(l)] as const)));

/**
 * What falls back, named: "edition · language · dimension (source)". A new edition (2026.3) either
 * gets its own files in KIT_FILES or is declared in INHERITS when its dimensions keep their meaning;
 * until then, and for every dimension id no catalogue knows, this list says what to write.
 */
const missing = async (editions: readonly Questionnaire[]) => {
  const loaded = await loadAll();
  return editions.flatMap((q) => {
    const declared = Object.values(KIT_FILES).some((files) => editionSource(q.version) in files);
    return LANGUAGES.flatMap((language) =>
      resolveKit(loaded[language] as Awaited<ReturnType<typeof loadKitEntries>>, q)
        .filter((r) => r.source !== 'edition' || !declared)
        .map(
          (r) =>
            `${q.version} · ${language} · ${r.dimension.id} (${declared ? r.source : 'edition not declared'})`,
        ),
    );
  });
};

describe('the fieldwork kit covers every edition', () => {
  it('has an entry for every dimension of every edition in QUESTIONNAIRES, in every language', async () => {
    expect(await missing(QUESTIONNAIRES)).toEqual([]);
  });

  it('names what a new edition lacks, and still gives every dimension an entry', async () => {
    const next: Questionnaire = {
      ...QUESTIONNAIRE,
      version: '2026.9',
      dimensions: [
        ...QUESTIONNAIRE.dimensions.slice(0, 2),
        { ...(QUESTIONNAIRE.dimensions[2] as Questionnaire['dimensions'][number]), id: 'value-streams' },
      ],
    };
    const named = await missing([next]);
    expect(named).toContain('2026.9 · fr · value-streams (edition not declared)');
    expect(named).toHaveLength(3 * LANGUAGES.length);
    const loaded = await loadKitEntries('de');
    const resolved = resolveKit(loaded, next);
    expect(resolved.map((r) => r.source)).toEqual(['other-edition', 'other-edition', 'questionnaire']);
    // The entry made from the questionnaire asks its questions and keeps five levels.
    const made = resolved[2]?.entry;
    expect(Object.values(made?.interview ?? {}).flat().length).toBeGreaterThan(0);
    expect(made?.listenFor.every((t) => t.length > 0)).toBe(true);
  });

  it('declares only editions that exist, inheriting from editions with files', () => {
    const versions = new Set(QUESTIONNAIRES.map((q) => q.version));
    for (const [edition, from] of Object.entries(INHERITS)) {
      expect(versions.has(edition), edition).toBe(true);
      for (const language of LANGUAGES) expect(from in KIT_FILES[language], `${language} ${from}`).toBe(true);
    }
  });

  it('writes whole entries: questions for at least two roles, five levels to listen for and five of evidence', async () => {
    for (const language of LANGUAGES)
      for (const [edition, file] of Object.entries(KIT_FILES[language])) {
        const entries: KitDimensions = await file();
        for (const [id, entry] of Object.entries(entries)) {
          const where = `${language} ${edition} ${id}`;
          const roles = Object.keys(entry.interview);
          expect(roles.length, where).toBeGreaterThanOrEqual(2);
          for (const role of roles) expect(STAKEHOLDER_ROLES as readonly string[], where).toContain(role);
          for (const questions of Object.values(entry.interview))
            for (const q of questions ?? []) expect(q.trim().length, where).toBeGreaterThan(10);
          for (const texts of [entry.listenFor, entry.documents]) {
            expect(texts, where).toHaveLength(5);
            expect(new Set(texts).size, where).toBe(5);
          }
        }
        // The translations ask the same roles as the English source.
        const english: KitDimensions = await (KIT_FILES.en[edition] as () => Promise<KitDimensions>)();
        for (const [id, entry] of Object.entries(entries))
          expect(Object.keys(entry.interview).sort(), `${language} ${id}`).toEqual(
            Object.keys(english[id]?.interview ?? {}).sort(),
          );
      }
  });

  it('says the page in every language with the same keys and placeholders as English', async () => {
    const english = await TEXT_FILES.en();
    for (const language of LANGUAGES) {
      const texts = await TEXT_FILES[language]();
      expect(Object.keys(texts).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english))
        expect(placeholdersOf(texts[key as keyof typeof texts]).sort(), `${language} ${key}`).toEqual(
          placeholdersOf(text).sort(),
        );
    }
  });
});
