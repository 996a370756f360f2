import { targetGaps } from '../gaps';
import { BOTTOM, bullets, type Deck, heading, TOP, table, titled, W } from './frame';

/** Plot area inside each chart frame, as fractions, so the peers chart's rows line up with the scores'. */
const PLOT = { y: 0.02, h: 0.84 };

/** The conclusion: how many dimensions are below target and which is furthest, or the weakest one. */
const maturityTitle = (deck: Deck) => {
  const { say, result, input } = deck;
  const gaps = targetGaps(result, input.targets ?? null).filter((g) => g.gap !== null && g.gap > 0);
  if (gaps.length > 0) {
    const widest = [...gaps].sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))[0];
    return say.t('maturity.titleGap', { count: gaps.length, name: widest?.name ?? '' });
  }
  const weakest = [...result.maturity.dimensions]
    .filter((d) => d.score !== null)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
  return say.t('maturity.titleWeakest', { level: result.maturity.level, name: weakest?.name ?? '–' });
};

/**
 * Current level against target (native, editable bar chart; a missing target draws no bar and no
 * label) and, when the benchmark shows them, the client's standing among peers beside it, row for row.
 */
export const maturitySlide = (deck: Deck) => {
  const { pptx, say, result, input, accent } = deck;
  const slide = titled(deck, maturityTitle(deck));
  // Bar charts list categories bottom-up: reversed, the first dimension reads at the top.
  const dims = [...result.maturity.dimensions].reverse();
  const labels = dims.map((d) => d.name);
  const targets = input.targets?.dimensions ?? {};
  const hasTargets = dims.some((d) => typeof targets[d.id] === 'number');
  const bench = input.benchmark;
  const peers = bench && bench.reason === 'shown' && bench.percentiles.length > 0 ? bench : null;
  const targetName = input.targets?.date
    ? `${say.t('maturity.target')} (${say.date(input.targets.date)})`
    : say.t('maturity.target');
  const series = [{ name: say.t('maturity.current'), labels, values: dims.map((d) => d.score ?? 0) }];
  if (hasTargets) series.push({ name: targetName, labels, values: dims.map((d) => targets[d.id] ?? 0) });
  const h = BOTTOM - TOP;
  const common = {
    y: TOP,
    h,
    barDir: 'bar' as const,
    catAxisLabelFontSize: 11,
    catAxisLabelFontFace: deck.text.fontFace,
    valAxisLabelFontSize: 10,
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: 11,
    showValue: true,
    dataLabelFontSize: 9,
    lang: say.tag,
  };
  slide.addChart(pptx.ChartType.bar, series, {
    ...common,
    x: 0.5,
    w: peers ? 8.9 : W - 1,
    layout: { x: peers ? 0.36 : 0.3, y: PLOT.y, w: peers ? 0.6 : 0.66, h: PLOT.h },
    chartColors: [accent, 'A3A9B5'],
    valAxisMinVal: 0,
    valAxisMaxVal: 5,
    valAxisMajorUnit: 1,
    // One decimal; zero (no score, no target) shows nothing rather than "0.0".
    dataLabelFormatCode: '0.0;;;',
    barGapWidthPct: 60,
  });
  if (peers) {
    const byId = new Map(peers.percentiles.map((p) => [p.id, p.percentile]));
    slide.addChart(
      pptx.ChartType.bar,
      [
        {
          name: say.t('maturity.peers', { count: peers.organisations ?? 0 }),
          labels,
          values: dims.map((d) => byId.get(d.id) ?? 0),
        },
      ],
      {
        ...common,
        x: 9.5,
        w: W - 10,
        layout: { x: 0.06, y: PLOT.y, w: 0.86, h: PLOT.h },
        catAxisHidden: true,
        chartColors: ['6B7280'],
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        valAxisMajorUnit: 50,
        dataLabelFormatCode: '0;;;',
        barGapWidthPct: hasTargets ? 160 : 60,
      },
    );
  }
};

/** How the roles see it: group scores (only groups the anonymity rules show) and the gaps worth discussing. */
export const rolesSlide = (deck: Deck) => {
  const { say, result, results, text } = deck;
  const groups = results.analysis.byRole;
  const gaps = results.analysis.gaps;
  const title = gaps[0]
    ? say.t('roles.titleGap', { name: gaps[0].dimensionName })
    : say.t('roles.titleAgree');
  const slide = titled(deck, title);
  if (groups.length === 0) {
    slide.addText(say.t('roles.none', { k: results.analysis.minGroupSize }), {
      ...text,
      x: 0.5,
      y: TOP,
      w: 7.8,
      h: 0.8,
      fontSize: 16,
    });
  } else {
    const first = 3.2;
    const rest = Math.min(1.5, (8.0 - first) / groups.length);
    table(
      deck,
      slide,
      {
        head: [say.t('maturity.dimension'), ...groups.map((g) => say.t(`roleGroup.${g.role}`))],
        rows: result.maturity.dimensions.map((d) => [
          d.name,
          ...groups.map((g) => {
            const s = g.dimensions.find((x) => x.id === d.id)?.score;
            return s === null || s === undefined ? '–' : say.num(s, 2);
          }),
        ]),
        colW: [first, ...groups.map(() => rest)],
        numeric: [false, ...groups.map(() => true)],
        x: 0.5,
        y: TOP,
        fontSize: 10,
      },
      () => titled(deck, say.t('deck.continued', { title })),
    );
  }
  heading(deck, slide, say.t('roles.gapsTitle'), { x: 8.8, y: TOP, w: W - 9.3, h: 0.4 });
  bullets(
    deck,
    slide,
    gaps.length > 0 ? gaps.slice(0, 4).map((g) => g.explanation) : [say.t('roles.noGaps')],
    { x: 8.8, y: TOP + 0.45, w: W - 9.3, h: BOTTOM - TOP - 0.45 },
    12,
  );
};
