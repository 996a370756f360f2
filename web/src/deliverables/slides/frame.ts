import type PptxGenJS from 'pptxgenjs';
import type { Result } from '../../../../functions/contract/result';
import type { EditionText } from '../../../../functions/i18n/questionnaire/types';
import { type DeliverableInput, preliminaryOf } from '../input';
import { type Say, sayIn } from './say';

export type Slide = ReturnType<PptxGenJS['addSlide']>;
export type TextOptions = NonNullable<Parameters<Slide['addText']>[1]>;
export type TableRows = Parameters<Slide['addTable']>[0];
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const INK = '1F2937';
export const MUTED = '5B6472';
export const LIGHT = 'F1F3F7';
export const LINE = 'D0D4DC';
export const WARN = '92400E';
const WARN_FILL = 'FEF3C7';
export const DEFAULT_ACCENT = '1D4ED8';
export const FONT = 'Calibri';
/** The wide layout: 13.33 × 7.5 inches. */
export const W = 13.33;
/** Content sits between the title and the footer: nothing is drawn below BOTTOM but the footer. */
export const TOP = 1.3;
export const BOTTOM = 6.8;
const FOOTER_Y = 6.95;

/** Everything a slide builder needs: the presentation, the data, the words and the house style. */
export interface Deck {
  pptx: PptxGenJS;
  input: DeliverableInput;
  results: DeliverableInput['results'];
  result: Result;
  say: Say;
  accent: string;
  firm: string | null;
  preliminary: boolean;
  /** Every slide in order, to number them once all are made. */
  slides: Slide[];
  /** The questionnaire's texts in the reader's language (quick wins); none for English. */
  edition?: EditionText | undefined;
  text: TextOptions;
}

export const deckOf = (pptx: PptxGenJS, input: DeliverableInput, edition?: EditionText): Deck => {
  const say = sayIn(input.language ?? 'en');
  const p = preliminaryOf(input.results);
  return {
    pptx,
    input,
    results: input.results,
    result: input.results.result,
    say,
    accent: (input.branding?.accent ?? `#${DEFAULT_ACCENT}`).replace('#', '').toUpperCase(),
    firm: input.branding?.firmName ?? null,
    preliminary: p.coverage || p.evidence,
    slides: [],
    edition,
    text: { fontFace: FONT, color: INK, lang: say.tag },
  };
};

// ── Measuring text: Calibri's widths, close enough to keep labels inside their boxes ──

/** Room for a reader without Calibri, whose stand-in font runs wider: text is measured this much wider. */
const SLACK = 1.12;

/** Approximate advance of a character in Calibri, in ems. */
const advance = (ch: string): number => {
  if (ch === ' ') return 0.23;
  if ("il.,:;|!'’`".includes(ch)) return 0.24;
  if ('frtIj()[]-/'.includes(ch)) return 0.33;
  if ('mwMW'.includes(ch)) return 0.8;
  if (ch >= '0' && ch <= '9') return 0.51;
  if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) return 0.6;
  return 0.49;
};

/** Width of a text on one line, in inches, at a font size in points. */
export const textWidth = (text: string, pt: number, bold = false): number =>
  ([...text].reduce((sum, ch) => sum + advance(ch), 0) * pt * (bold ? 1.06 : 1) * SLACK) / 72;

/** Lines a text wraps to in a box of this width. */
export const linesOf = (text: string, width: number, pt: number, bold = false): number => {
  let lines = 1;
  let line = 0;
  const space = textWidth(' ', pt, bold);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, pt, bold);
    if (line > 0 && line + space + w > width) {
      lines += Math.ceil(w / width);
      line = w % width;
    } else {
      line += (line > 0 ? space : 0) + w;
      if (line > width) {
        lines += Math.ceil(line / width) - 1;
        line %= width;
      }
    }
  }
  return lines;
};

/** Height of wrapped paragraphs, in inches: line height 1.2 and the space after each paragraph. */
export const heightOf = (paragraphs: string[], width: number, pt: number, after = 6, bold = false) =>
  paragraphs.reduce((h, p) => h + (linesOf(p, width, pt, bold) * pt * 1.2 + after) / 72, 0);

/** The largest size from `max` down to `min` at which the paragraphs fit the box. */
export const sizeToFit = (paragraphs: string[], box: Box, max: number, min = 9, bold = false) => {
  // Bullets and the box's own insets take about 0.45 in of the width and 0.1 in of the height.
  for (let pt = max; pt > min; pt -= 0.5)
    if (heightOf(paragraphs, box.w - 0.45, pt, 6, bold) <= box.h - 0.1) return pt;
  return min;
};

/** A label cut at a word (or a character) so it fits one line; "…" says it was cut. */
export const fitLabel = (text: string, width: number, pt: number, bold = false): string => {
  if (textWidth(text, pt, bold) <= width) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,;:·–-]+$/, '')}…`;
    if (textWidth(cut, pt, bold) <= width) return cut;
  }
  for (let n = text.length - 1; n > 0; n--) {
    const cut = `${text.slice(0, n)}…`;
    if (textWidth(cut, pt, bold) <= width) return cut;
  }
  return '';
};

// ── The frame every content slide shares ──

/** The preliminary mark: an amber tag in the top right corner of every slide. */
const markPreliminary = (deck: Deck, slide: Slide) => {
  if (!deck.preliminary) return;
  slide.addText(deck.say.t('deck.preliminaryMark'), {
    ...deck.text,
    shape: deck.pptx.ShapeType.roundRect,
    rectRadius: 0.06,
    x: W - 2.55,
    y: 0.3,
    w: 2.05,
    h: 0.42,
    fontSize: 12,
    bold: true,
    color: WARN,
    fill: { color: WARN_FILL },
    line: { color: WARN, width: 1 },
    align: 'center',
    valign: 'middle',
  });
};

/** A new slide with the accent stripe, a conclusion as its title, the footer and the preliminary mark. */
export const titled = (deck: Deck, title: string): Slide => {
  const { pptx, accent, say } = deck;
  const slide = pptx.addSlide();
  deck.slides.push(slide);
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: W,
    h: 0.12,
    fill: { color: accent },
    line: { color: accent },
  });
  const box = { x: 0.5, y: 0.25, w: W - 1 - (deck.preliminary ? 2.2 : 0), h: 0.95 };
  const size = sizeToFit([title], { ...box, w: box.w + 0.45 }, 24, 16, true);
  slide.addText(title, { ...deck.text, ...box, fontSize: size, bold: true, valign: 'middle' });
  const footer = [
    deck.input.clientName,
    deck.firm,
    say.t('deck.confidential'),
    say.date(deck.input.preparedOn),
  ]
    .filter(Boolean)
    .join(' · ');
  slide.addText(footer, {
    ...deck.text,
    x: 0.5,
    y: FOOTER_Y,
    w: W - 2.5,
    h: 0.35,
    fontSize: 10,
    color: MUTED,
  });
  markPreliminary(deck, slide);
  return slide;
};

/** The title slide: no stripe, footer or number, but the preliminary mark when it applies. */
export const coverSlide = (deck: Deck): Slide => {
  const slide = deck.pptx.addSlide();
  deck.slides.push(slide);
  markPreliminary(deck, slide);
  return slide;
};

/** "n / total" in the bottom right of every slide but the title, once all slides exist. */
export const numberSlides = (deck: Deck) => {
  const total = deck.slides.length;
  deck.slides.forEach((slide, i) => {
    if (i === 0) return;
    slide.addText(deck.say.t('deck.slideNumber', { n: i + 1, total }), {
      ...deck.text,
      x: W - 1.7,
      y: FOOTER_Y,
      w: 1.2,
      h: 0.35,
      fontSize: 10,
      color: MUTED,
      align: 'right',
    });
  });
};

/** Bulleted paragraphs, sized down until they fit their box. */
export const bullets = (deck: Deck, slide: Slide, lines: string[], box: Box, size = 16) => {
  if (lines.length === 0) return;
  slide.addText(
    lines.map((l) => ({ text: l, options: { bullet: true, breakLine: true } })),
    {
      ...deck.text,
      ...box,
      fontSize: sizeToFit(lines, box, size),
      valign: 'top',
      paraSpaceAfter: 6,
      fit: 'shrink',
    },
  );
};

/** A small bold heading over a column. */
export const heading = (deck: Deck, slide: Slide, text: string, box: Box, size = 14) =>
  slide.addText(fitLabel(text, box.w - 0.1, size, true), {
    ...deck.text,
    ...box,
    fontSize: size,
    bold: true,
  });

// ── Tables that stay above the footer ──

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** Column widths in inches; their sum is the table's width. */
  colW: number[];
  x: number;
  y: number;
  fontSize?: number;
  /** Cells to right-align (numbers), by column. */
  numeric?: boolean[];
}

const CELL_PAD = 0.1;

/** Height of a table row: its tallest cell. */
const rowHeight = (cells: string[], colW: number[], pt: number, bold = false) =>
  Math.max(
    ...cells.map(
      (c, i) => (linesOf(c, (colW[i] ?? 1) - 2 * CELL_PAD, pt, bold) * pt * 1.2) / 72 + 2 * CELL_PAD,
    ),
  );

/** Rows split into pages that each fit between `y` and the footer, the header repeated on each. */
export const paginate = (spec: TableSpec): string[][][] => {
  const pt = spec.fontSize ?? 11;
  const room = BOTTOM - spec.y - rowHeight(spec.head, spec.colW, pt, true);
  const pages: string[][][] = [[]];
  let used = 0;
  for (const row of spec.rows) {
    const h = rowHeight(row, spec.colW, pt);
    const page = pages[pages.length - 1] as string[][];
    if (used + h > room && page.length > 0) {
      pages.push([row]);
      used = h;
    } else {
      page.push(row);
      used += h;
    }
  }
  return pages;
};

/**
 * A native table; when it is too long for one slide, it continues on the next ones (made by `more`,
 * titled "(continued)"), so no row runs into the footer.
 */
export const table = (deck: Deck, slide: Slide, spec: TableSpec, more: () => Slide) => {
  const pt = spec.fontSize ?? 11;
  paginate(spec).forEach((rows, i) => {
    const target = i === 0 ? slide : more();
    const head = spec.head.map((text, c) => ({
      text,
      options: {
        bold: true,
        fill: { color: LIGHT },
        align: spec.numeric?.[c] ? ('right' as const) : ('left' as const),
      },
    }));
    const body = rows.map((row) =>
      row.map((text, c) => ({
        text,
        options: { align: spec.numeric?.[c] ? ('right' as const) : ('left' as const) },
      })),
    );
    target.addTable([head, ...body], {
      ...deck.text,
      x: spec.x,
      y: i === 0 ? spec.y : TOP,
      w: spec.colW.reduce((a, b) => a + b, 0),
      colW: spec.colW,
      fontSize: pt,
      margin: CELL_PAD,
      valign: 'middle',
      border: { type: 'solid', color: LINE, pt: 0.5 },
      autoPage: false,
    });
  });
};
