import { quickWinsByGap } from '../gaps';
import {
  BOTTOM,
  bullets,
  type Deck,
  fitLabel,
  heading,
  INK,
  MUTED,
  TOP,
  textWidth,
  titled,
  W,
} from './frame';

/** The conclusion: how long, and the last milestone the plan reaches. */
const rolloutTitle = (deck: Deck) => {
  const { say, result } = deck;
  const { phases, totalWeeks } = result.rollout;
  if (!phases || totalWeeks === null) return say.t('rollout.titleNone');
  const last = [...phases].reverse().find((p) => p.milestones.length > 0);
  const milestone = last?.milestones[last.milestones.length - 1];
  return last && milestone && milestone.length <= 60
    ? say.t('rollout.title', { weeks: totalWeeks, milestone, week: last.startWeek + last.durationWeeks })
    : say.t('rollout.titlePlain', { weeks: totalWeeks, phases: phases.length });
};

const LABEL_PT = 10;

/**
 * Where a phase's label goes: inside its bar when it fits, else just after the bar, else just
 * before it; cut at a word with "…" when no place holds it whole.
 */
export const placeLabel = (
  label: string,
  bar: { x: number; w: number },
  area: { left: number; right: number },
): { text: string; x: number; w: number; inside: boolean; align: 'left' | 'right' } => {
  const pad = 0.08;
  const need = textWidth(label, LABEL_PT) + 2 * pad;
  if (need <= bar.w) return { text: label, x: bar.x, w: bar.w, inside: true, align: 'left' };
  const after = area.right - (bar.x + bar.w);
  const before = bar.x - area.left;
  if (need <= after) return { text: label, x: bar.x + bar.w, w: after, inside: false, align: 'left' };
  if (need <= before) return { text: label, x: area.left, w: before, inside: false, align: 'right' };
  if (after >= before && after >= bar.w)
    return {
      text: fitLabel(label, after - 2 * pad, LABEL_PT),
      x: bar.x + bar.w,
      w: after,
      inside: false,
      align: 'left',
    };
  if (before >= bar.w)
    return {
      text: fitLabel(label, before - 2 * pad, LABEL_PT),
      x: area.left,
      w: before,
      inside: false,
      align: 'right',
    };
  return {
    text: fitLabel(label, bar.w - 2 * pad, LABEL_PT),
    x: bar.x,
    w: bar.w,
    inside: true,
    align: 'left',
  };
};

/** The rollout as a timeline of shapes, every label whole or cut visibly, never clipped. */
export const rolloutSlide = (deck: Deck) => {
  const { pptx, say, result, text, accent } = deck;
  const slide = titled(deck, rolloutTitle(deck));
  const phases = result.rollout.phases;
  if (!phases || result.rollout.totalWeeks === null) {
    // Insufficient evidence: a direction only, so no plan to draw.
    bullets(deck, slide, [say.t('rollout.none')], { x: 0.5, y: TOP, w: W - 1, h: 1.2 }, 16);
    return;
  }
  const total = Math.max(result.rollout.totalWeeks, ...phases.map((p) => p.startWeek + p.durationWeeks), 1);
  const left = 3.7;
  const span = W - left - 0.5;
  const rowH = Math.min(0.9, (BOTTOM - TOP - 0.4) / Math.max(phases.length, 1));
  const step = Math.max(1, Math.ceil(total / 8));
  for (let week = 0; week <= total; week += step)
    slide.addText(say.t('rollout.axis', { week }), {
      ...text,
      x: left + (span * week) / total - 0.35,
      y: TOP - 0.1,
      w: 0.7,
      h: 0.3,
      fontSize: 9,
      color: MUTED,
      align: 'center',
    });
  phases.forEach((p, i) => {
    const y = TOP + 0.3 + i * rowH;
    const name = fitLabel(p.name, (left - 0.7) * 2 - 0.3, 12, true);
    slide.addText(name, {
      ...text,
      x: 0.5,
      y,
      w: left - 0.6,
      h: rowH * 0.85,
      fontSize: 12,
      bold: true,
      valign: 'middle',
      fit: 'shrink',
    });
    const bar = {
      x: left + (span * p.startWeek) / total,
      w: Math.max(0.2, (span * p.durationWeeks) / total),
    };
    slide.addShape(pptx.ShapeType.roundRect, {
      ...bar,
      y: y + 0.05,
      h: rowH * 0.7,
      fill: { color: accent },
      line: { color: accent },
      rectRadius: 0.05,
    });
    const weeks = say.t('rollout.weeks', { weeks: p.durationWeeks });
    const what = p.milestones[0] ?? p.activities[0];
    const label = placeLabel(what ? `${weeks} · ${what}` : weeks, bar, { left, right: W - 0.5 });
    slide.addText(label.text, {
      ...text,
      x: label.x,
      y: y + 0.05,
      w: label.w,
      h: rowH * 0.7,
      fontSize: LABEL_PT,
      color: label.inside ? 'FFFFFF' : INK,
      align: label.align,
      valign: 'middle',
      margin: 0.08 * 72,
    });
  });
};

/** Next steps: quick wins by the gap to target, then the first milestones. */
export const nextStepsSlide = (deck: Deck) => {
  const { say, result, input, edition } = deck;
  // Names as the results give them (already in the reader's language), wording from the edition's.
  const names = new Map(result.maturity.dimensions.map((d) => [d.id, d.name]));
  const wins = quickWinsByGap(result, input.targets ?? null)
    .slice(0, 5)
    .map((w) => ({
      ...w,
      name: names.get(w.id) ?? w.name,
      quickWin: edition?.dimensions[w.id]?.quickWin ?? w.quickWin,
    }));
  const slide = titled(
    deck,
    wins[0] ? say.t('next.title', { name: wins[0].name }) : say.t('next.titlePlain'),
  );
  heading(
    deck,
    slide,
    input.targets?.date
      ? say.t('next.winsTarget', { date: say.date(input.targets.date) })
      : say.t('next.winsWeakest'),
    { x: 0.5, y: TOP, w: 7.6, h: 0.4 },
  );
  bullets(
    deck,
    slide,
    wins.map(
      (w) =>
        `${w.name}${w.gap !== null ? ` ${say.t('next.gap', { gap: say.num(w.gap, 1) })}` : ''}: ${w.quickWin}`,
    ),
    { x: 0.5, y: TOP + 0.45, w: 7.6, h: BOTTOM - TOP - 0.45 },
    14,
  );
  heading(deck, slide, say.t('next.milestones'), { x: 8.5, y: TOP, w: W - 9, h: 0.4 });
  bullets(
    deck,
    slide,
    (result.rollout.phases ?? []).slice(0, 2).flatMap((p) => p.milestones.slice(0, 2)),
    { x: 8.5, y: TOP + 0.45, w: W - 9, h: BOTTOM - TOP - 0.45 },
    14,
  );
};
