import PptxGenJS from 'pptxgenjs';
import { editionTextsFor } from './edition-texts';
import type { DeliverableInput } from './input';
import { deckOf, numberSlides } from './slides/frame';
import { maturitySlide, rolesSlide } from './slides/maturity';
import { officeSlide } from './slides/office';
import { nextStepsSlide, rolloutSlide } from './slides/plan';
import { prioritiesSlide } from './slides/priorities';
import { businessSlide, modelsSlide } from './slides/recommendation';
import { summarySlide, titleSlide } from './slides/summary';

/** Text for an XML element whose content the library does not escape. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The steering-committee deck as native, editable PowerPoint: text boxes, tables, bar charts and
 * shapes (the only picture is the firm's logo), in the reader's language with its number formats.
 * Every title is a conclusion; every slide but the title is numbered; a preliminary result is marked
 * on every slide. Pure: returns the .pptx bytes, in the browser or in node.
 */
export const buildDeck = async (input: DeliverableInput): Promise<Uint8Array> => {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const deck = deckOf(pptx, input, await editionTextsFor(input.language ?? 'en'));
  pptx.title = xmlText(deck.say.t('deck.docTitle', { client: input.clientName }));
  // pptxgenjs writes `company` into docProps/app.xml unescaped: "Smith & Jones" would break the file.
  pptx.company = xmlText(deck.firm ?? 'PMO Blueprint');

  titleSlide(deck);
  summarySlide(deck);
  maturitySlide(deck);
  prioritiesSlide(deck);
  rolesSlide(deck);
  modelsSlide(deck);
  officeSlide(deck);
  businessSlide(deck);
  rolloutSlide(deck);
  nextStepsSlide(deck);
  numberSlides(deck);

  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
};

/** Slides in a deck whose tables fit one slide each; a long table adds continuation slides. */
export const DECK_SLIDES = 9;
