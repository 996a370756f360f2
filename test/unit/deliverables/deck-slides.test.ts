import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../functions/i18n/format';
import type { Language } from '../../../functions/i18n/languages';
import { buildDeck, DECK_SLIDES } from '../../../web/src/deliverables/deck';
import { fitLabel, paginate, textWidth } from '../../../web/src/deliverables/slides/frame';
import { placeLabel } from '../../../web/src/deliverables/slides/plan';
import { DECK_DE } from '../../../web/src/i18n/deck-de';
import { DECK_EN } from '../../../web/src/i18n/deck-en';
import { DECK_FR } from '../../../web/src/i18n/deck-fr';
import { deliverableInput } from './fixtures';

/** The text a slide shows, run by run, in slide order. */
const slideTexts = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const xml = await Promise.all(names.map((f) => zip.file(f)?.async('string') ?? ''));
  // Runs join into their paragraph; paragraphs into lines.
  const texts = xml.map((x) =>
    [...x.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
      .map((p) =>
        [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
          .join(''),
      )
      .filter(Boolean)
      .join('\n'),
  );
  return { zip, xml, texts };
};

/** English words of the deck's own that must not survive in a translated deck. */
const ENGLISH = [
  'Executive summary',
  'Decision asked',
  'Rollout plan',
  'Rollout in',
  'Next steps',
  'Quick wins',
  'First milestones',
  'Perception gaps',
  'Not eligible',
  'Recommended',
  'needs maturity level',
  'Confidential',
  'PRELIMINARY',
  'What it brings',
  'Annual cost',
  'Staffing',
  'submissions counted',
  'maturity score out of 5',
  ' wk ',
  'Project management maturity and PMO recommendation',
];

describe('the deck in the reader’s language', () => {
  it.each([
    ['fr', 'Confidentiel', 'Non éligible', /\d,\d{2}/, / 1,3–2 ETP/],
    ['de', 'Vertraulich', 'Nicht geeignet', /\d,\d{2}/, / 1,3–2 VZÄ/],
  ] as const)(
    'in %s: its own words translated, the locale’s decimals, numbered slides',
    async (language, confidential, notEligible, decimal, fte) => {
      const { texts, xml } = await slideTexts(await buildDeck(deliverableInput({ language })));
      const all = texts.join('\n');
      for (const english of ENGLISH) expect(all, english).not.toContain(english);
      expect(all).toContain(confidential);
      // The summary's maturity score and the roles table in the locale's decimals, never a point.
      expect(texts[1]).toMatch(decimal);
      expect(all).not.toMatch(/\b\d\.\d{1,2}\b/);
      expect(all).toMatch(fte);
      // The engine's sentences came in the same language.
      expect(texts[4]).toContain(notEligible);
      // Every slide but the title carries "n / total"; the runs say the language to PowerPoint.
      for (const [i, t] of texts.entries()) if (i > 0) expect(t).toContain(`${i + 1} / ${texts.length}`);
      expect(xml[1]).toContain(language === 'fr' ? 'lang="fr-FR"' : 'lang="de-DE"');
    },
  );

  it('in English too, with conclusions for titles and the decision asked of the committee', async () => {
    const { texts } = await slideTexts(await buildDeck(deliverableInput()));
    // The fixture's six KPIs carry their measures in full: the business case continues on a second slide.
    expect(texts).toHaveLength(DECK_SLIDES + 1);
    expect(texts[1]).toContain('A weather station PMO, staffed internally, ready in');
    expect(texts[1]).toContain('Decision asked of the steering committee');
    expect(texts[1]).toMatch(/People: 1.3–2 FTE/);
    expect(texts[1]).toMatch(/Cost: €143,000\s?–\s?€?220,000 a year/);
    expect(texts[1]).toMatch(/Time: \d+ weeks/);
    expect(texts[1]).toContain('Benefits: ');
    expect(texts[1]).not.toContain('PRELIMINARY');
  });

  it('shows an ineligible model with its reason, and says a higher score is not eligible in the title', async () => {
    const { texts } = await slideTexts(await buildDeck(deliverableInput({ language: 'de' })));
    expect(texts[4]).toMatch(/Das Modell Wetterstation passt am besten/);
    // The title names a higher-scoring ineligible model only when there is one.
    const fit = deliverableInput({ language: 'de' }).results?.result?.pmo.fit ?? [];
    const ineligibleAbove = fit.some(
      (f) => !f.eligible && f.score > (fit.find((x) => x.eligible)?.score ?? 0),
    );
    if (ineligibleAbove) expect(texts[4]).toMatch(/erzielt mehr/);
    expect(texts[4]).toContain('Nicht geeignet: Die Bereitschaft zu zentraler Steuerung ist mittel');
    const en = await slideTexts(await buildDeck(deliverableInput()));
    expect(en.texts[4]).toContain('Not eligible: Appetite for central control is medium');
  });

  it.each(['en', 'fr', 'de'] as const)(
    'marks a preliminary deck (%s) on every slide and asks for the team assessment',
    async (language: Language) => {
      const { texts } = await slideTexts(await buildDeck(deliverableInput({ language, preliminary: true })));
      const mark = { en: 'PRELIMINARY', fr: 'PROVISOIRE', de: 'VORLÄUFIG' }[language];
      for (const t of texts) expect(t).toContain(mark);
      const ask = {
        en: 'Commission the team assessment',
        fr: 'Lancer l’évaluation par les équipes',
        de: 'Die Teambewertung beauftragen',
      }[language];
      expect(texts[1]).toContain(ask);
      // It claims no more certainty than the report: no "sufficient" verdict on a preliminary deck.
      expect(texts[1]).not.toMatch(/evidence sufficient|éléments suffisants|Datenlage ausreichend/);
    },
  );

  it('shows no "0.0" target: zero (no target set) draws no data label', async () => {
    const { zip } = await slideTexts(await buildDeck(deliverableInput()));
    const chart = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)) ?? '';
    const xml = (await zip.file(chart)?.async('string')) ?? '';
    expect(xml).toContain('formatCode="0.0;;;"');
  });

  it('puts the peers beside the chart only when the benchmark shows them', async () => {
    const input = deliverableInput({ language: 'fr' });
    const dims = input.results.result.maturity.dimensions;
    const benchmark = {
      consent: true,
      industry: null,
      sizeBand: null,
      contributed: true,
      organisations: 7,
      minimum: 5,
      percentiles: dims.map((d, i) => ({
        id: d.id,
        name: d.name,
        score: d.score ?? 0,
        percentile: 10 + i * 5,
      })),
      reason: 'shown' as const,
      note: '',
    };
    const withPeers = await JSZip.loadAsync(await buildDeck({ ...input, benchmark }));
    const charts = (z: JSZip) => Object.keys(z.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts(withPeers)).toHaveLength(2);
    const peers = await Promise.all(charts(withPeers).map((f) => withPeers.file(f)?.async('string')));
    expect(peers.join('')).toContain('Pairs\u00a0: centile parmi 7');
    const without = await JSZip.loadAsync(
      await buildDeck({ ...input, benchmark: { ...benchmark, reason: 'small', percentiles: [] } }),
    );
    expect(charts(without)).toHaveLength(1);
  });
});

describe('slides that keep their promises', () => {
  it('fits a rollout label in its bar, beside it, or cuts it at a word with "…"', () => {
    const inside = placeLabel('4 wk · Go', { x: 5, w: 2 }, { left: 3.7, right: 12.8 });
    expect(inside.inside).toBe(true);
    const after = placeLabel(
      '4 wk · Contract with service levels signed',
      { x: 4, w: 1 },
      { left: 3.7, right: 12.8 },
    );
    expect(after).toMatchObject({
      inside: false,
      align: 'left',
      text: '4 wk · Contract with service levels signed',
    });
    const before = placeLabel(
      '4 wk · Contract with service levels signed',
      { x: 12, w: 0.8 },
      { left: 3.7, right: 12.8 },
    );
    expect(before).toMatchObject({ inside: false, align: 'right' });
    const cut = fitLabel('Contract with service levels signed before the provider starts', 2, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(2);
  });

  it('splits a long table into pages that stay above the footer', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Dimension ${i} with a rather long name to wrap`,
      '2,5',
    ]);
    const pages = paginate({
      head: ['Dimension', 'Score'],
      rows,
      colW: [2, 1],
      x: 0.5,
      y: 1.3,
      fontSize: 11,
    });
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toHaveLength(30);
  });

  it('has the same keys and placeholders in every language', () => {
    for (const translation of [DECK_FR, DECK_DE]) {
      expect(Object.keys(translation).sort()).toEqual(Object.keys(DECK_EN).sort());
      for (const [key, text] of Object.entries(DECK_EN))
        expect(placeholdersOf(translation[key as keyof typeof DECK_EN]), key).toEqual(placeholdersOf(text));
    }
  });
});

describe('the deck', () => {
  it('is a .pptx of native slides with the client name, the chart, the fits and the timeline', async () => {
    const bytes = await buildDeck(deliverableInput());
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // The fixture's business case continues on a second slide (six KPIs with their measures).
    expect(slides).toHaveLength(DECK_SLIDES + 1);
    const xml = await Promise.all(slides.map((f) => zip.file(f)?.async('string') ?? ''));
    const all = xml.join('\n');
    expect(all).toContain('Fabrikam Energy');
    expect(all).toContain('Lea Advisors');
    expect(all).toContain('Decision asked of the steering committee');
    expect(all).toContain('Rollout in');
    expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/charts/chart'))).toBe(true);
    // Editable: shapes and text, no pictures (no logo was given).
    expect(Object.values(zip.files).some((f) => f.name.startsWith('ppt/media/') && !f.dir)).toBe(false);
    // The business case uses the edition-2 staffing, cost and KPIs (after edition 3's office slide).
    const businessCase = (await zip.file('ppt/slides/slide7.xml')?.async('string')) ?? '';
    expect(businessCase).toMatch(/Staffing: [\d.]+–[\d.]+ FTE/);
    expect(businessCase).toContain('Annual cost: €');
    expect(businessCase).toContain('<a:t>KPI</a:t>');
    expect(bytes.byteLength).toBeLessThan(400_000);
  });

  it('degrades without targets, branding or edition-2 fields', async () => {
    const input = { ...deliverableInput(), targets: null, branding: null };
    const zip = await JSZip.loadAsync(await buildDeck(input));
    const slide7 = (await zip.file('ppt/slides/slide7.xml')?.async('string')) ?? '';
    expect(slide7).toContain('What it brings');
  });
});

describe('branding in the deck', () => {
  it('puts the firm logo on the title slide and the accent on the shapes', async () => {
    const png = `data:image/png;base64,${Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64').toString('base64')}`;
    const input = deliverableInput();
    const zip = await JSZip.loadAsync(
      await buildDeck({
        ...input,
        branding: { firmName: 'Lea Advisors', accent: '#0f766e', logo: png, updatedAt: null },
      }),
    );
    expect(Object.values(zip.files).some((f) => f.name.startsWith('ppt/media/') && !f.dir)).toBe(true);
    expect(await zip.file('ppt/slides/slide2.xml')?.async('string')).toContain('0F766E');
  });
});
