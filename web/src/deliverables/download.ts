import { language } from '../i18n';
import { saveBlob } from '../lib/save-file';
import type { DeliverableInput } from './input';
import { slugOf } from './input';

const save = (bytes: Uint8Array, type: string, filename: string) =>
  saveBlob(new Blob([bytes as BlobPart], { type }), filename);

/**
 * Builds the deck in the browser, in the reader's language (the results were fetched in it too);
 * pptxgenjs is fetched only now, so no other page carries it.
 */
export const downloadDeck = async (input: DeliverableInput) => {
  const { buildDeck } = await import('./deck');
  save(
    await buildDeck({ language: language.value, ...input }),
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    `${slugOf(input.clientName)}-pmo-recommendation.pptx`,
  );
};

/**
 * Builds the workbook in the browser, in the reader's language like the deck; its writer (and the zip
 * library) are fetched only now.
 */
export const downloadWorkbook = async (input: DeliverableInput) => {
  const { buildWorkbook } = await import('./workbook');
  save(
    await buildWorkbook({ language: language.value, ...input }),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    `${slugOf(input.clientName)}-results.xlsx`,
  );
};
