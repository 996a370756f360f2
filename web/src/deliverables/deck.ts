import PptxGenJS from 'pptxgenjs';
import { ROLE_GROUP_NAME } from '../../../functions/contract/roles';
import { quickWinsByGap, targetGaps } from './gaps';
import { businessCaseOf, type DeliverableInput, MODEL_NAMES, respondentSetLine, verdictOf } from './input';

type Slide = ReturnType<PptxGenJS['addSlide']>;

const INK = '1F2937';
const MUTED = '5B6472';
const LIGHT = 'F1F3F7';
const DEFAULT_ACCENT = '1D4ED8';
const FONT = 'Calibri';
/** The wide layout: 13.33 × 7.5 inches. */
const W = 13.33;

const money = (n: number, currency: string) => `${currency} ${Math.round(n).toLocaleString('en-GB')}`;

/**
 * The steering-committee deck as native, editable PowerPoint: text boxes, tables, a bar chart and
 * shapes (the only picture is the firm's logo). Pure: returns the .pptx bytes, in the browser or in node.
 */
/** Text for an XML element whose content the library does not escape. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const buildDeck = async (input: DeliverableInput): Promise<Uint8Array> => {
  const { results, branding } = input;
  const result = results.result;
  const accent = (branding?.accent ?? `#${DEFAULT_ACCENT}`).replace('#', '').toUpperCase();
  const firm = branding?.firmName ?? null;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${input.clientName}: PMO recommendation`;
  // pptxgenjs writes `company` into docProps/app.xml unescaped: "Smith & Jones" would break the file.
  pptx.company = xmlText(firm ?? 'PMO Blueprint');

  const text = { fontFace: FONT, color: INK };
  const titled = (title: string): Slide => {
    const slide = pptx.addSlide();
    slide.addShape(pptx.ShapeType.rect, {
      x: 0,
      y: 0,
      w: W,
      h: 0.12,
      fill: { color: accent },
      line: { color: accent },
    });
    slide.addText(title, { ...text, x: 0.5, y: 0.3, w: W - 1, h: 0.7, fontSize: 26, bold: true });
    slide.addText(`${input.clientName}${firm ? ` · ${firm}` : ''}`, {
      ...text,
      x: 0.5,
      y: 7.0,
      w: W - 1,
      h: 0.3,
      fontSize: 10,
      color: MUTED,
    });
    return slide;
  };
  const bullets = (
    slide: Slide,
    lines: string[],
    box: { x: number; y: number; w: number; h: number },
    size = 16,
  ) => {
    if (lines.length === 0) return;
    slide.addText(
      lines.map((l) => ({ text: l, options: { bullet: true, breakLine: true } })),
      { ...text, ...box, fontSize: size, valign: 'top', paraSpaceAfter: 6 },
    );
  };

  // 1. Title
  {
    const slide = pptx.addSlide();
    slide.addShape(pptx.ShapeType.rect, {
      x: 0,
      y: 0,
      w: 0.35,
      h: 7.5,
      fill: { color: accent },
      line: { color: accent },
    });
    slide.addText(input.clientName, { ...text, x: 0.9, y: 2.0, w: 11, h: 1.1, fontSize: 40, bold: true });
    slide.addText('Project management maturity and PMO recommendation', {
      ...text,
      x: 0.9,
      y: 3.1,
      w: 11,
      h: 0.7,
      fontSize: 22,
      color: MUTED,
    });
    slide.addText(`${firm ? `${firm} · ` : ''}${input.preparedOn}`, {
      ...text,
      x: 0.9,
      y: 4.1,
      w: 11,
      h: 0.5,
      fontSize: 16,
    });
    if (branding?.logo)
      slide.addImage({
        data: branding.logo,
        x: W - 2.6,
        y: 0.5,
        w: 2,
        h: 1,
        sizing: { type: 'contain', w: 2, h: 1 },
      });
  }

  // 2. Executive summary
  {
    const slide = titled('Executive summary');
    slide.addText(verdictOf(result), {
      ...text,
      x: 0.5,
      y: 1.2,
      w: W - 1,
      h: 0.7,
      fontSize: 24,
      bold: true,
      color: accent,
    });
    const figures = [
      [`Level ${result.maturity.level}`, result.maturity.levelName],
      [result.maturity.overall.toFixed(2), 'maturity score out of 5'],
      [`${result.pmo.need.score}/100`, `need for a PMO (threshold ${result.pmo.need.threshold})`],
      [
        `${results.coverage.submitted}/${results.coverage.invited}`,
        `submissions counted (batches of ${Math.max(3, results.disclosure.minGroupSize)})`,
      ],
    ];
    figures.forEach(([big, small], i) => {
      const x = 0.5 + i * 3.1;
      slide.addShape(pptx.ShapeType.roundRect, {
        x,
        y: 2.1,
        w: 2.9,
        h: 1.5,
        fill: { color: LIGHT },
        line: { color: LIGHT },
        rectRadius: 0.1,
      });
      slide.addText(big as string, {
        ...text,
        x,
        y: 2.2,
        w: 2.9,
        h: 0.8,
        fontSize: 28,
        bold: true,
        align: 'center',
      });
      slide.addText(small as string, {
        ...text,
        x,
        y: 2.95,
        w: 2.9,
        h: 0.5,
        fontSize: 12,
        align: 'center',
        color: MUTED,
      });
    });
    bullets(slide, result.pmo.rationale.slice(0, 4), { x: 0.5, y: 3.9, w: W - 1, h: 2.9 });
    const set = respondentSetLine(results);
    if (set) slide.addText(set, { ...text, x: 0.5, y: 6.85, w: W - 1, h: 0.45, fontSize: 10, color: MUTED });
  }

  // 3. Maturity by dimension: a native chart, with the targets beside the scores when set
  {
    const slide = titled('Maturity by dimension');
    const dims = result.maturity.dimensions;
    const series = [
      { name: 'Score', labels: dims.map((d) => d.name), values: dims.map((d) => d.score ?? 0) },
    ];
    const targets = input.targets?.dimensions ?? {};
    const hasTargets = Object.keys(targets).length > 0;
    if (hasTargets)
      series.push({
        name: 'Target',
        labels: dims.map((d) => d.name),
        values: dims.map((d) => targets[d.id] ?? 0),
      });
    slide.addChart(pptx.ChartType.bar, series, {
      x: 0.5,
      y: 1.1,
      w: hasTargets ? 8.3 : W - 1,
      h: 5.8,
      barDir: 'bar',
      chartColors: [accent, 'A3A9B5'],
      valAxisMinVal: 0,
      valAxisMaxVal: 5,
      valAxisMajorUnit: 1,
      catAxisLabelFontSize: 11,
      showLegend: hasTargets,
      legendPos: 'b',
      showValue: true,
      dataLabelFormatCode: '0.0',
      dataLabelFontSize: 9,
    });
    if (hasTargets) {
      const gaps = targetGaps(result, input.targets ?? null);
      slide.addText(`Gap to target${input.targets?.date ? ` by ${input.targets.date}` : ''}`, {
        ...text,
        x: 9.0,
        y: 1.1,
        w: 3.8,
        h: 0.4,
        fontSize: 14,
        bold: true,
      });
      bullets(
        slide,
        gaps.map(
          (g) =>
            `${g.name}: ${g.gap === null ? 'no score' : g.gap > 0 ? `${g.gap.toFixed(1)} below` : 'reached'}`,
        ),
        { x: 9.0, y: 1.5, w: 3.8, h: 5.3 },
        12,
      );
    }
  }

  // 4. How the roles see it: group scores (only the groups the anonymity rules show) and the gaps
  {
    const slide = titled('How the roles see it');
    const groups = results.analysis.byRole;
    if (groups.length === 0) {
      slide.addText(
        `No role group has enough responses to be shown on its own (at least ${results.analysis.minGroupSize} each).`,
        { ...text, x: 0.5, y: 1.3, w: W - 1, h: 0.6, fontSize: 16 },
      );
    } else {
      const dims = result.maturity.dimensions;
      const head = ['Dimension', ...groups.map((g) => ROLE_GROUP_NAME[g.role])].map((t) => ({
        text: t,
        options: { bold: true, fill: { color: LIGHT } },
      }));
      const rows = dims.map((d) => [
        { text: d.name },
        ...groups.map((g) => ({ text: g.dimensions.find((x) => x.id === d.id)?.score?.toFixed(1) ?? '–' })),
      ]);
      slide.addTable([head, ...rows], {
        ...text,
        x: 0.5,
        y: 1.1,
        w: 7.8,
        fontSize: 10,
        border: { type: 'solid', color: 'D0D4DC', pt: 0.5 },
      });
    }
    slide.addText('Perception gaps worth discussing', {
      ...text,
      x: 8.6,
      y: 1.1,
      w: 4.3,
      h: 0.4,
      fontSize: 14,
      bold: true,
    });
    bullets(
      slide,
      results.analysis.gaps.length > 0
        ? results.analysis.gaps.slice(0, 4).map((g) => g.explanation)
        : ['The roles broadly agree: no gap of a full point or more.'],
      { x: 8.6, y: 1.5, w: 4.3, h: 5.3 },
      12,
    );
  }

  // 5. The recommendation with the three fits, as shapes
  {
    const slide = titled('The recommendation: three PMO models compared');
    result.pmo.fit.forEach((fit, i) => {
      const x = 0.5 + i * 4.15;
      const chosen = result.pmo.needed && result.pmo.model === fit.model;
      slide.addShape(pptx.ShapeType.roundRect, {
        x,
        y: 1.2,
        w: 3.95,
        h: 5.5,
        fill: { color: chosen ? 'EEF2FF' : LIGHT },
        line: { color: chosen ? accent : 'D0D4DC', width: chosen ? 2.5 : 1 },
        rectRadius: 0.1,
      });
      slide.addText(`${MODEL_NAMES[fit.model] ?? fit.name}${chosen ? '  ✓ recommended' : ''}`, {
        ...text,
        x: x + 0.2,
        y: 1.35,
        w: 3.55,
        h: 0.7,
        fontSize: 15,
        bold: true,
      });
      slide.addText(`Fit ${fit.score}/100 · needs maturity level ${fit.requiredLevel}`, {
        ...text,
        x: x + 0.2,
        y: 2.05,
        w: 3.55,
        h: 0.35,
        fontSize: 11,
        color: MUTED,
      });
      slide.addShape(pptx.ShapeType.rect, {
        x: x + 0.2,
        y: 2.5,
        w: 3.55,
        h: 0.18,
        fill: { color: 'FFFFFF' },
        line: { color: 'D0D4DC' },
      });
      slide.addShape(pptx.ShapeType.rect, {
        x: x + 0.2,
        y: 2.5,
        w: Math.max(0.05, (3.55 * fit.score) / 100),
        h: 0.18,
        fill: { color: chosen ? accent : '8A93A3' },
        line: { color: chosen ? accent : '8A93A3' },
      });
      bullets(slide, fit.reasons.slice(0, 4), { x: x + 0.2, y: 2.85, w: 3.55, h: 3.7 }, 11);
    });
    if (result.pmo.needed && result.pmo.sourcing)
      slide.addText(`Sourcing: ${result.pmo.sourcing}. ${result.pmo.sourcingFit[0]?.reasons[0] ?? ''}`, {
        ...text,
        x: 0.5,
        y: 6.72,
        w: W - 1,
        h: 0.3,
        fontSize: 11,
        color: MUTED,
      });
  }

  // 6. The business case: edition-2 staffing, cost and KPIs when the engine gives them
  {
    const slide = titled('The business case');
    const bc = businessCaseOf(result);
    const left: string[] = result.pmo.benefits.map((b) => `${b.benefit}: ${b.because}`);
    bullets(
      slide,
      left.length > 0 ? left.slice(0, 5) : ['No PMO is recommended yet: see the next steps.'],
      {
        x: 0.5,
        y: 1.2,
        w: 6.2,
        h: 5.6,
      },
      14,
    );
    const right: string[] = [];
    if (bc.staffing)
      right.push(
        `Staffing: ${bc.staffing.fte.min}–${bc.staffing.fte.max} FTE (${bc.staffing.roles.map((r) => `${r.role} ${r.fte}`).join(', ')})`,
      );
    if (bc.cost)
      right.push(
        `Annual cost: ${money(bc.cost.annual.min, bc.cost.currency)} – ${money(bc.cost.annual.max, bc.cost.currency)}`,
      );
    for (const k of bc.kpis.slice(0, 4))
      right.push(`KPI ${k.name}: ${k.baseline} → ${k.target} (${k.measure})`);
    if (right.length === 0)
      right.push(
        'Staffing, cost and KPIs are estimated with the client in the next step (not in this result).',
      );
    slide.addShape(pptx.ShapeType.roundRect, {
      x: 7.0,
      y: 1.2,
      w: 5.8,
      h: 5.6,
      fill: { color: LIGHT },
      line: { color: LIGHT },
      rectRadius: 0.1,
    });
    bullets(slide, right, { x: 7.2, y: 1.35, w: 5.4, h: 5.3 }, 13);
  }

  // 7. The rollout plan as a timeline of shapes
  {
    const slide = titled(`Rollout plan: ${result.rollout.totalWeeks} weeks`);
    const phases = result.rollout.phases;
    const total = Math.max(result.rollout.totalWeeks, ...phases.map((p) => p.startWeek + p.durationWeeks), 1);
    const left = 3.6;
    const span = W - left - 0.5;
    const rowH = Math.min(0.95, 5.4 / Math.max(phases.length, 1));
    for (let week = 0; week <= total; week += Math.max(1, Math.ceil(total / 8))) {
      slide.addText(`w${week}`, {
        ...text,
        x: left + (span * week) / total - 0.3,
        y: 1.05,
        w: 0.6,
        h: 0.3,
        fontSize: 9,
        color: MUTED,
        align: 'center',
      });
    }
    phases.forEach((p, i) => {
      const y = 1.45 + i * rowH;
      slide.addText(p.name, {
        ...text,
        x: 0.5,
        y,
        w: left - 0.6,
        h: rowH * 0.8,
        fontSize: 12,
        bold: true,
        valign: 'middle',
      });
      slide.addShape(pptx.ShapeType.roundRect, {
        x: left + (span * p.startWeek) / total,
        y: y + 0.05,
        w: Math.max(0.2, (span * p.durationWeeks) / total),
        h: rowH * 0.7,
        fill: { color: accent },
        line: { color: accent },
        rectRadius: 0.05,
      });
      slide.addText(`${p.durationWeeks} wk · ${p.milestones[0] ?? p.activities[0] ?? ''}`, {
        ...text,
        x: left + (span * p.startWeek) / total + 0.08,
        y: y + 0.05,
        w: Math.max(2.5, (span * p.durationWeeks) / total),
        h: rowH * 0.7,
        fontSize: 9,
        color: 'FFFFFF',
        valign: 'middle',
      });
    });
  }

  // 8. Next steps: quick wins ordered by the gap to target, then the first milestones
  {
    const slide = titled('Next steps');
    const wins = quickWinsByGap(result, input.targets ?? null).slice(0, 5);
    slide.addText(
      input.targets?.date
        ? `Quick wins, widest gap to the ${input.targets.date} targets first`
        : 'Quick wins, weakest dimension first',
      {
        ...text,
        x: 0.5,
        y: 1.1,
        w: 7.6,
        h: 0.4,
        fontSize: 14,
        bold: true,
      },
    );
    bullets(
      slide,
      wins.map((w) => `${w.name}${w.gap !== null ? ` (gap ${w.gap.toFixed(1)})` : ''}: ${w.quickWin}`),
      { x: 0.5, y: 1.55, w: 7.6, h: 5.3 },
      13,
    );
    slide.addText('First milestones', { ...text, x: 8.5, y: 1.1, w: 4.3, h: 0.4, fontSize: 14, bold: true });
    bullets(
      slide,
      result.rollout.phases.slice(0, 2).flatMap((p) => p.milestones.slice(0, 2)),
      { x: 8.5, y: 1.55, w: 4.3, h: 5.3 },
      13,
    );
  }

  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
};

export const DECK_SLIDES = 8;
