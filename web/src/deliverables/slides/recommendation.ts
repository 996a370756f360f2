import { businessCaseOf } from '../input';
import {
  BOTTOM,
  bullets,
  type Deck,
  heading,
  LIGHT,
  LINE,
  MUTED,
  TOP,
  table,
  titled,
  W,
  WARN,
} from './frame';
import { pricedReturns, staffingWords } from './office';
import { capital } from './say';

/** The conclusion: the model that fits, and a higher-scoring one that is not eligible, named as such. */
const modelsTitle = (deck: Deck) => {
  const { say, result } = deck;
  const chosen = result.pmo.fit.find((f) => f.model === result.pmo.model);
  if (!result.pmo.needed || !chosen) return say.t('models.titleNone');
  const model = say.t(`model.${chosen.model}`);
  const blocked = result.pmo.fit.find((f) => !f.eligible && f.score > chosen.score);
  return blocked
    ? say.t('models.titleBlocked', { model, score: chosen.score, other: say.t(`model.${blocked.model}`) })
    : say.t('models.titleBest', { model, score: chosen.score });
};

/** The three models as cards: fit, the level each needs, why, and for an ineligible one, why not. */
export const modelsSlide = (deck: Deck) => {
  const { pptx, say, result, text, accent } = deck;
  const slide = titled(deck, modelsTitle(deck));
  const sourcingReason =
    result.pmo.sourcingFit.find((s) => s.sourcing === result.pmo.sourcing)?.reasons[0] ?? '';
  const sourcing =
    result.pmo.needed && result.pmo.sourcing
      ? say.t('models.sourcing', {
          sourcing: say.t(`sourcing.${result.pmo.sourcing}`),
          reason: sourcingReason,
        })
      : null;
  const cardH = BOTTOM - TOP - (sourcing ? 0.5 : 0);
  const cardW = (W - 1 - 0.4) / 3;
  result.pmo.fit.forEach((fit, i) => {
    const x = 0.5 + i * (cardW + 0.2);
    const chosen = result.pmo.needed && result.pmo.model === fit.model;
    const colour = chosen ? accent : fit.eligible ? '8A93A3' : 'C4C9D2';
    slide.addShape(pptx.ShapeType.roundRect, {
      x,
      y: TOP,
      w: cardW,
      h: cardH,
      fill: { color: chosen ? 'EEF2FF' : LIGHT },
      line: { color: chosen ? accent : LINE, width: chosen ? 2.5 : 1 },
      rectRadius: 0.1,
    });
    const inner = { x: x + 0.2, w: cardW - 0.4 };
    heading(deck, slide, capital(say.t(`model.${fit.model}`)), { ...inner, y: TOP + 0.12, h: 0.45 }, 17);
    const status = chosen
      ? { text: `✓ ${say.t('models.recommended')}`, color: accent }
      : { text: capital(say.t(`modelControl.${fit.model}`)), color: MUTED };
    slide.addText(status.text, {
      ...text,
      ...inner,
      y: TOP + 0.55,
      h: 0.32,
      fontSize: 12,
      bold: chosen,
      color: status.color,
    });
    slide.addText(say.t('models.fit', { score: fit.score, level: fit.requiredLevel }), {
      ...text,
      ...inner,
      y: TOP + 0.88,
      h: 0.32,
      fontSize: 11,
      color: MUTED,
    });
    slide.addShape(pptx.ShapeType.rect, {
      ...inner,
      y: TOP + 1.25,
      h: 0.18,
      fill: { color: 'FFFFFF' },
      line: { color: LINE },
    });
    slide.addShape(pptx.ShapeType.rect, {
      x: inner.x,
      y: TOP + 1.25,
      w: Math.max(0.05, (inner.w * fit.score) / 100),
      h: 0.18,
      fill: { color: colour },
      line: { color: colour },
    });
    let y = TOP + 1.6;
    if (!fit.eligible) {
      const why = say.t('models.notEligible', { reason: fit.blockers.join(' ') || '–' });
      const h = Math.min(1.6, 0.3 + (why.length / 42) * 0.22);
      slide.addText(why, {
        ...text,
        ...inner,
        y,
        h,
        fontSize: 11,
        bold: true,
        color: WARN,
        valign: 'top',
        fit: 'shrink',
      });
      y += h + 0.1;
    }
    bullets(deck, slide, fit.reasons.slice(0, 4), { ...inner, y, h: TOP + cardH - y - 0.1 }, 11);
  });
  if (sourcing)
    slide.addText(sourcing, {
      ...text,
      x: 0.5,
      y: BOTTOM - 0.42,
      w: W - 1,
      h: 0.42,
      fontSize: 11,
      color: MUTED,
      fit: 'shrink',
    });
};

/** The business case: benefits, staffing and annual cost, and the KPIs it will be measured by. */
export const businessSlide = (deck: Deck) => {
  const { pptx, say, result } = deck;
  const bc = businessCaseOf(result);
  const recommend = result.pmo.needed && result.pmo.model !== null;
  const title = !recommend
    ? say.t('business.titleNoPmo')
    : bc.staffing && bc.cost
      ? say.t('business.title', {
          fte: say.range(bc.staffing.fte.min, bc.staffing.fte.max),
          cost: say.money(bc.cost.annual.min, bc.cost.annual.max, bc.cost.currency),
          count: bc.kpis.length,
        })
      : say.t('business.titleNoCost', { model: say.t(`model.${result.pmo.model ?? 'control-tower'}`) });
  const slide = titled(deck, title);
  heading(deck, slide, say.t('business.benefits'), { x: 0.5, y: TOP, w: 5.9, h: 0.4 });
  const benefits = result.pmo.benefits.map((b) => `${b.benefit}: ${b.because}`);
  bullets(
    deck,
    slide,
    benefits.length > 0
      ? benefits.slice(0, 5)
      : recommend
        ? [say.t('business.unknown')]
        : [say.t('business.noPmo'), ...result.pmo.need.alternatives.slice(0, 3)],
    { x: 0.5, y: TOP + 0.45, w: 5.9, h: BOTTOM - TOP - 0.45 },
    14,
  );
  const x = 6.8;
  const w = W - 0.5 - x;
  const facts: string[] = [];
  const { pmo } = result;
  if (bc.staffing)
    facts.push(
      `${say.t('business.staffing')}: ${
        pmo.staffing?.hoursPerWeek
          ? staffingWords(say, pmo.staffing)
          : say.t('summary.peopleValue', {
              fte: say.range(bc.staffing.fte.min, bc.staffing.fte.max),
              roles: bc.staffing.roles.map((r) => `${r.role} ${say.num(r.fte)}`).join(', '),
            })
      }`,
    );
  if (bc.cost) {
    facts.push(
      `${say.t('business.annualCost')}: ${say.money(bc.cost.annual.min, bc.cost.annual.max, bc.cost.currency)}`,
    );
    const oneOff = pmo.cost?.oneOff;
    if (oneOff && oneOff.max > 0)
      facts.push(`${say.t('business.oneOffCost')}: ${say.money(oneOff.min, oneOff.max, bc.cost.currency)}`);
    if ((pmo.returns ?? []).length > 0) {
      const priced = pricedReturns(pmo);
      facts.push(
        `${say.t('business.returns')}: ${
          priced
            ? say.t('business.returnsValue', { range: say.money(priced.min, priced.max, bc.cost.currency) })
            : say.t('business.returnsUnpriced')
        }`,
      );
    }
  }
  if (facts.length === 0 && recommend) facts.push(say.t('business.unknown'));
  const factsH = facts.length > 0 ? Math.min(2.4, 0.35 + facts.length * 0.5) : 0;
  if (facts.length > 0) {
    slide.addShape(pptx.ShapeType.roundRect, {
      x,
      y: TOP,
      w,
      h: factsH,
      fill: { color: LIGHT },
      line: { color: LIGHT },
      rectRadius: 0.08,
    });
    bullets(deck, slide, facts, { x: x + 0.15, y: TOP + 0.1, w: w - 0.3, h: factsH - 0.15 }, 14);
  }
  if (bc.kpis.length > 0)
    table(
      deck,
      slide,
      {
        head: [say.t('business.kpi'), say.t('business.baseline'), say.t('business.kpiTarget')],
        rows: bc.kpis.map((k) => {
          // Edition 3: absolute targets in the KPI's unit, and whether it is an outcome or a practice.
          const unit = k.unit ? ` ${k.unit}` : '';
          return [
            k.kind ? `${k.name} (${say.t(`business.kind.${k.kind}`)})` : k.name,
            typeof k.baseline === 'number'
              ? `${say.num(k.baseline, 1)}${unit}`
              : k.baseline === null
                ? '–'
                : String(k.baseline),
            typeof k.target === 'number' ? `${say.num(k.target, 1)}${unit}` : String(k.target),
          ];
        }),
        colW: [w - 2.2, 1.1, 1.1],
        numeric: [false, true, true],
        x,
        y: TOP + factsH + 0.25,
        fontSize: 11,
      },
      () => titled(deck, say.t('deck.continued', { title })),
    );
};
