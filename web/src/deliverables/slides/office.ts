import type { Result } from '../../../../functions/contract/result';
import { BOTTOM, bullets, type Deck, heading, LIGHT, TOP, table, titled, W } from './frame';
import type { Say } from './say';

type Pmo = Result['pmo'];

/** Hours a week as people say them: one decimal below ten, whole hours above. */
const hours = (say: Say, h: number) => say.num(h < 10 ? Math.round(h * 10) / 10 : Math.round(h));

/** The staffing in words: hours a week below half a person, else FTE. */
export const staffingWords = (say: Say, staffing: NonNullable<Pmo['staffing']>): string =>
  staffing.hoursPerWeek
    ? say.t('office.hoursRange', {
        range:
          staffing.hoursPerWeek.min === staffing.hoursPerWeek.max
            ? hours(say, staffing.hoursPerWeek.min)
            : `${hours(say, staffing.hoursPerWeek.min)}–${hours(say, staffing.hoursPerWeek.max)}`,
      })
    : say.t('office.fteRange', { range: say.range(staffing.fte.min, staffing.fte.max) });

/** One service's effort: hours a week under half a person, else FTE. */
const effort = (say: Say, s: Pmo['services'][number]) =>
  s.fte < 0.5
    ? say.t('office.hours', { hours: hours(say, s.hoursPerWeek) })
    : say.t('office.fte', { fte: say.num(Math.round(s.fte * 100) / 100) });

/** The priced returns' sum, or null when none is priced. */
export const pricedReturns = (pmo: Pmo): { min: number; max: number } | null => {
  const priced = (pmo.returns ?? []).flatMap((r) => (r.annual ? [r.annual] : []));
  return priced.length === 0
    ? null
    : priced.reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });
};

/** The office's shape in the deck's words. */
export const shapeWords = (say: Say, pmo: Pmo) => say.t(`shape.${pmo.shape ?? 'none'}`);

/**
 * How the office is built: its shape and what that means, the degree of control, and the services
 * whose effort makes the staffing (continued on further slides when long); beside them, what the
 * stakeholders asked for and whether the office answers it.
 */
export const officeSlide = (deck: Deck) => {
  const { pptx, say, result, text } = deck;
  const { pmo } = result;
  const services = pmo.services ?? [];
  const shape = shapeWords(say, pmo);
  const title =
    services.length > 0 && pmo.staffing
      ? say.t('office.title', { shape, count: services.length, staffing: staffingWords(say, pmo.staffing) })
      : say.t('office.titlePlain', { shape });
  const slide = titled(deck, title);
  const control = pmo.model
    ? say.t('office.control', {
        model: say.t(`model.${pmo.model}`),
        control: say.t(`modelControl.${pmo.model}`),
      })
    : null;
  const lines = [
    say.t(`shapeMeaning.${pmo.shape ?? 'none'}`),
    ...(control ? [control] : []),
    ...(pmo.besideExisting ? [say.t('office.beside')] : []),
  ];
  slide.addShape(pptx.ShapeType.roundRect, {
    x: 0.5,
    y: TOP,
    w: W - 1,
    h: 0.9,
    fill: { color: LIGHT },
    line: { color: LIGHT },
    rectRadius: 0.08,
  });
  slide.addText(lines.join('  ·  '), {
    ...text,
    x: 0.65,
    y: TOP + 0.05,
    w: W - 1.3,
    h: 0.8,
    fontSize: 13,
    valign: 'middle',
    fit: 'shrink',
  });
  const expectations = pmo.expectations ?? [];
  const side = expectations.length > 0 ? 3.9 : 0;
  const y = TOP + 1.15;
  if (services.length === 0) {
    bullets(deck, slide, [say.t('office.noServices')], { x: 0.5, y, w: W - 1 - side - 0.3, h: 1 }, 14);
  } else {
    const w = W - 1 - (side > 0 ? side + 0.3 : 0);
    table(
      deck,
      slide,
      {
        head: [say.t('office.service'), say.t('office.driver'), say.t('office.effort'), say.t('office.why')],
        rows: services.map((s) => [
          s.name,
          say.t(`driver.${s.driver}`, { units: s.units }),
          effort(say, s),
          s.chosenFor.map((r) => say.t(`reason.${r}`)).join(', '),
        ]),
        colW: [w * 0.36, w * 0.24, w * 0.14, w * 0.26],
        numeric: [false, false, true, false],
        x: 0.5,
        y,
        fontSize: 11,
      },
      () => titled(deck, say.t('deck.continued', { title })),
    );
  }
  if (side > 0) {
    const x = W - 0.5 - side;
    heading(deck, slide, say.t('office.asked'), { x, y, w: side, h: 0.4 }, 13);
    bullets(
      deck,
      slide,
      expectations.map((e) =>
        say.t(e.answered ? 'office.askedYes' : 'office.askedNo', {
          service: e.label,
          share: Math.round(e.share * 100),
        }),
      ),
      { x, y: y + 0.45, w: side, h: BOTTOM - y - 0.45 },
      12,
    );
  }
};
