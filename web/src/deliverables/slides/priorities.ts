import { interpolate, type Params } from '../../../../functions/i18n/format';
import type { Language } from '../../../../functions/i18n/languages';
import { BOTTOM, type Deck, TOP, table, titled, W } from './frame';

/** The priority slide's own words, in the deck's three languages. */
const TEXTS: Record<Language, Record<string, string>> = {
  en: {
    title: 'Priorities: {name} matters most and is furthest from its target',
    titleNone: 'Priorities: importance against maturity',
    importance: 'Importance',
    maturity: 'Maturity',
    dimension: 'Dimension',
    target: 'Target',
    priority: 'Priority',
    note: 'Priority = importance × gap to target (level 3 where no target is set).',
    agreed: 'Levels agreed in the calibration workshop: {names}.',
  },
  fr: {
    title: 'Priorités : {name} compte le plus et est la plus éloignée de sa cible',
    titleNone: 'Priorités : importance et maturité',
    importance: 'Importance',
    maturity: 'Maturité',
    dimension: 'Dimension',
    target: 'Cible',
    priority: 'Priorité',
    note: 'Priorité = importance × écart à la cible (niveau 3 sans cible).',
    agreed: 'Niveaux convenus en atelier de calibrage : {names}.',
  },
  de: {
    title: 'Prioritäten: {name} zählt am meisten und liegt am weitesten vom Ziel',
    titleNone: 'Prioritäten: Bedeutung und Reifegrad',
    importance: 'Bedeutung',
    maturity: 'Reifegrad',
    dimension: 'Dimension',
    target: 'Ziel',
    priority: 'Priorität',
    note: 'Priorität = Bedeutung × Abstand zum Ziel (Stufe 3, wo kein Ziel gesetzt ist).',
    agreed: 'Im Kalibrierungsworkshop vereinbarte Stufen: {names}.',
  },
};

/**
 * The priority map as a native, editable scatter chart (maturity across, importance up) beside the
 * table of priorities, highest first. Left out when nobody rated any dimension's importance.
 */
export const prioritiesSlide = (deck: Deck) => {
  const { pptx, say, results, accent } = deck;
  const rows = results.priorities ?? [];
  const plotted = rows.filter((p) => p.importance !== null && p.current !== null);
  if (plotted.length === 0) return;
  const words = TEXTS[say.language];
  const w = (key: string, params?: Params) =>
    interpolate({ language: say.language, catalogue: {} }, words[key] ?? key, params);
  const top = rows.find((p) => p.priority !== null && p.priority > 0);
  const title = top ? w('title', { name: top.name }) : w('titleNone');
  const slide = titled(deck, title);
  slide.addChart(
    pptx.ChartType.scatter,
    [
      { name: w('maturity'), values: plotted.map((p) => p.current as number) },
      ...plotted.map((p) => ({
        name: p.name,
        values: plotted.map((q) => (q.id === p.id ? (p.importance as number) : null)) as number[],
      })),
    ],
    {
      x: 0.5,
      y: TOP,
      w: 6.2,
      h: BOTTOM - TOP - 0.5,
      valAxisMinVal: 1,
      valAxisMaxVal: 5,
      catAxisMinVal: 1,
      catAxisMaxVal: 5,
      showValAxisTitle: true,
      valAxisTitle: w('importance'),
      showCatAxisTitle: true,
      catAxisTitle: w('maturity'),
      lineSize: 0,
      lineDataSymbolSize: 10,
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 9,
      chartColors: [accent],
      lang: say.tag,
    },
  );
  slide.addText(w('note'), { ...deck.text, x: 0.5, y: BOTTOM - 0.45, w: 6.2, h: 0.4, fontSize: 10 });
  table(
    deck,
    slide,
    {
      head: [w('dimension'), w('importance'), w('maturity'), w('target'), w('priority')],
      rows: rows.map((p) => [
        p.name,
        p.importance === null ? '–' : say.num(p.importance, 1),
        p.current === null ? '–' : say.num(p.current, 2),
        String(p.target),
        p.priority === null ? '–' : say.num(p.priority, 2),
      ]),
      colW: [2.6, 1.0, 1.0, 0.8, 0.9],
      numeric: [false, true, true, true, true],
      x: 7.0,
      y: TOP,
      fontSize: 10,
    },
    () => titled(deck, say.t('deck.continued', { title })),
  );
  const agreed = results.validation?.dimensions.filter((d) => d.agreed !== null) ?? [];
  if (agreed.length > 0)
    slide.addText(w('agreed', { names: agreed.map((d) => `${d.name} (${d.agreed})`).join(', ') }), {
      ...deck.text,
      x: 7.0,
      y: BOTTOM - 0.45,
      w: W - 7.5,
      h: 0.4,
      fontSize: 10,
    });
};
