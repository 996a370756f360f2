import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import { QUESTIONNAIRE_2026_2, QUESTIONNAIRE_2026_3 } from '../../../functions/core';
import { routeFor } from '../../../functions/core/questionnaire/reading-time';
import type { Language } from '../../../functions/i18n/languages';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { localiseQuestionnaire } from '../../../functions/i18n/questionnaire';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

/**
 * Structural checks over every question of edition 2026.3 in every language: rules, not a list of
 * cases, so a question added or reworded later is held to them too (docs/questionnaire-2026-3.md).
 */
const LANGS: readonly Language[] = ['en', 'fr', 'de'];
const inLanguage = (language: Language) =>
  localiseQuestionnaire(QUESTIONNAIRE_2026_3, language).dimensions.flatMap((d) =>
    d.questions.map((q) => ({ ...q, dimension: d.id })),
  );
const allowlist: { entries: { question: string; language: string }[] } = JSON.parse(
  readFileSync(join(__dirname, 'questionnaire-2026-3.allowlist.json'), 'utf8'),
);
const allowed = (id: string, language: Language) =>
  allowlist.entries.some((e) => e.question === id && (e.language === '*' || e.language === language));

/** Words that join two asks in a stem. */
const JOINERS: Record<Language, RegExp> = {
  en: /\b(and|or|as well as|and\/or)\b/i,
  fr: /(^|\s)(et|ou|ainsi que|et\/ou)(\s|$)/i,
  de: /\b(und|oder|sowie|bzw\.?)\b/i,
};
/** Jargon a respondent outside project control cannot answer (the practitioner's list and kin). */
const JARGON: Record<Language, RegExp> = {
  en: /\b(baselines?|tolerances?|forecasts? to completion|at completion|earned value|variance|RACI|KPIs?|critical path|stage[- ]gates?)\b/i,
  fr: /(ligne de base|référence de base|tolérances?|à terminaison|à achèvement|valeur acquise|RACI|KPI|chemin critique)/i,
  de: /(Baseline|Basisplan|Toleranz|Prognose bis zum Abschluss|Fertigstellungsprognose|Earned Value|Fertigstellungswert|RACI|KPI|kritische[rn]? Pfad)/i,
};
/** Coverage words: how many projects is the answer rule's job, never a level's. */
const COVERAGE: Record<Language, RegExp> = {
  en: /\b(most|all|every project|each project|some projects|few projects|everywhere)\b/i,
  fr: /\b(la plupart|tous|toutes|chaque projet|certains projets|partout)\b/i,
  de: /\b(die meisten|alle|allen|jedes Projekt|jedem Projekt|einige Projekte|überall)\b/i,
};
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0);

describe('edition 2026.3: one ask, plain words, levels apart by capability', () => {
  it.each(LANGS)(
    'asks one thing per stem in %s: one sentence, one question mark, no joined asks',
    (language) => {
      for (const q of inLanguage(language)) {
        const stem = q.text.trim();
        expect(stem.endsWith('?'), `${language} ${q.id}`).toBe(true);
        expect(stem.match(/\?/g)?.length, `${language} ${q.id}`).toBe(1);
        expect(stem.slice(0, -1), `${language} ${q.id}`).not.toMatch(/[.;:!]\s/);
        // A list of three or more ("x, y and z") is two asks at least. English only: French and
        // German set off clauses with commas, so two commas there say nothing about a list.
        if (language === 'en') expect((stem.match(/,/g) ?? []).length, q.id).toBeLessThan(2);
        if (!allowed(q.id, language)) expect(stem, `${language} ${q.id}`).not.toMatch(JOINERS[language]);
      }
    },
  );

  it('keeps its allowlist to entries that name a question of the edition and still need it', () => {
    const ids = new Set(inLanguage('en').map((q) => q.id));
    for (const e of allowlist.entries) {
      expect(ids.has(e.question), e.question).toBe(true);
      const needed = LANGS.filter((l) => e.language === '*' || e.language === l).some((l) =>
        JOINERS[l].test(inLanguage(l).find((q) => q.id === e.question)?.text ?? ''),
      );
      expect(needed, e.question).toBe(true);
    }
  });

  it.each(LANGS)('uses no project-control jargon in %s, in stems or levels', (language) => {
    for (const q of inLanguage(language))
      for (const text of [q.text, ...q.levels])
        expect(text, `${language} ${q.id}`).not.toMatch(JARGON[language]);
  });

  it.each(LANGS)('sets levels 3 and 4 apart by capability in %s, never by a coverage word', (language) => {
    for (const q of inLanguage(language)) {
      const [, , three, four] = q.levels;
      expect(three, `${language} ${q.id}`).not.toMatch(COVERAGE[language]);
      expect(four, `${language} ${q.id}`).not.toMatch(COVERAGE[language]);
      // Level 4 says something level 3 does not: at least two words of its own.
      const own = words(four).filter((w) => !words(three).includes(w) && w.length > 3);
      expect(own.length, `${language} ${q.id}`).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(LANGS)('describes level 5 in many ways in %s, not one template', (language) => {
    const fives = inLanguage(language).map((q) => q.levels[4]);
    // No opening of three words, and no closing of three, is shared by more than a tenth of them.
    const most = (key: (w: string[]) => string) => {
      const counts = new Map<string, number>();
      for (const f of fives) counts.set(key(words(f)), (counts.get(key(words(f))) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    expect(most((w) => w.slice(0, 3).join(' '))).toBeLessThanOrEqual(Math.ceil(fives.length / 10));
    expect(most((w) => w.slice(-3).join(' '))).toBeLessThanOrEqual(Math.ceil(fives.length / 10));
    expect(new Set(fives).size).toBe(fives.length);
  });

  it('describes level 5 as something a respondent sees happen: a change, never a standing aim', () => {
    for (const q of inLanguage('en')) {
      expect(q.levels[4], q.id).toMatch(
        /\b(was|were|changed|led|had|have seen|saw|is now|went|got|added|removed|redrawn|reset|moved|tightened|sped|dropped|extended|reorganised|visibly|scaled)\b/,
      );
      expect(q.levels[4], q.id).not.toMatch(/\b(improves?|is improved|are improved|continuously)\b/i);
    }
  });

  it('declares cumulative capabilities: each level keeps every capability of the one before and adds one', () => {
    for (const q of QUESTIONNAIRE_2026_3.dimensions.flatMap((d) => d.questions)) {
      const levels = q.capabilities;
      expect(levels, q.id).toBeDefined();
      const sets = (levels ?? []).map((s) => new Set(s.split(' ').filter(Boolean)));
      expect(sets[0]?.size, `${q.id} level 1 claims nothing`).toBe(0);
      for (let i = 1; i < 5; i++) {
        const before = sets[i - 1] ?? new Set<string>();
        const now = sets[i] ?? new Set<string>();
        for (const tag of before) expect(now.has(tag), `${q.id} level ${i + 1} keeps ${tag}`).toBe(true);
        expect(now.size, `${q.id} level ${i + 1} adds a capability`).toBe(before.size + 1);
      }
    }
  });

  it('keeps 2026.2 ids only for questions it measures the same way, and names a real 2026.2 question', () => {
    const old = new Map(QUESTIONNAIRE_2026_2.dimensions.flatMap((d) => d.questions.map((q) => [q.id, d.id])));
    expect(QUESTIONNAIRE_2026_3.comparesWith).toBe(QUESTIONNAIRE_2026_2.version);
    for (const d of QUESTIONNAIRE_2026_3.dimensions)
      for (const q of d.questions) {
        expect(q.sameAs, q.id).not.toBeUndefined();
        if (q.sameAs) {
          expect(old.get(q.sameAs), q.id).toBe(d.id);
          expect(q.sameAs, 'a comparable question keeps its id').toBe(q.id);
        } else expect(old.has(q.id), `${q.id}: a new measure takes a new id`).toBe(false);
      }
  });

  it('keeps the 2026.2 dimensions, four questions each, every audience a known role', () => {
    expect(QUESTIONNAIRE_2026_3.dimensions.map((d) => d.id)).toEqual(
      QUESTIONNAIRE_2026_2.dimensions.map((d) => d.id),
    );
    for (const d of QUESTIONNAIRE_2026_3.dimensions) {
      expect(d.questions, d.id).toHaveLength(4);
      for (const q of d.questions) for (const r of q.audience ?? []) expect(STAKEHOLDER_ROLES).toContain(r);
    }
  });

  it('declares prerequisites between its own dimensions, in an order one pass can credit', () => {
    const ids = new Set(QUESTIONNAIRE_2026_3.dimensions.map((d) => d.id));
    const rules = QUESTIONNAIRE_2026_3.presupposes ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const [i, rule] of rules.entries()) {
      expect(ids.has(rule.subject.dimension), rule.id).toBe(true);
      expect(ids.has(rule.requires.dimension), rule.id).toBe(true);
      expect(rule.subject.dimension, rule.id).not.toBe(rule.requires.dimension);
      // No prerequisite is the subject of a later rule: chains are credited in declared order.
      for (const later of rules.slice(i + 1))
        expect(later.subject.dimension, `${rule.id} before ${later.id}`).not.toBe(rule.requires.dimension);
      for (const step of rule.steps) expect(step.atLeast, rule.id).toBeLessThan(step.level);
    }
  });

  it('gives every role a median route readable in 12 minutes or less on a phone', () => {
    for (const role of STAKEHOLDER_ROLES)
      expect(routeFor(QUESTIONNAIRE_2026_3, role).phone, role).toBeLessThanOrEqual(12);
  });
});
