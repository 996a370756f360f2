import * as z from 'zod';
import { lazySchema } from './lazy';

/**
 * Characters no name needs and that do harm downstream: C0 and C1 controls (they make a deck's XML
 * malformed and break mail headers), zero-width and invisible formatting characters, bidirectional
 * overrides and isolates (they disguise text), variation selectors and Unicode tag characters
 * (invisible text smuggled into mail and files).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\p{Variation_Selector}|[\u{e0000}-\u{e007f}]/gu;

/**
 * A name as people type it: control characters become spaces, invisible ones go, the ends are
 * trimmed. Inner spacing is kept, so two names that differ only in it stay two names (the local
 * sign-in refuses such a look-alike).
 */
export const cleanName = (text: string): string => text.replace(CONTROLS, ' ').replace(INVISIBLE, '').trim();

/** Every name field of the contract (client, stakeholder, organisation, firm, label): cleaned, then bounded. */
export const NameText = (max: number) =>
  z.string().transform(cleanName).pipe(z.string().min(1, 'must not be empty').max(max));

/** A calendar date as YYYY-MM-DD. */
export const IsoDate = lazySchema(() =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
);
