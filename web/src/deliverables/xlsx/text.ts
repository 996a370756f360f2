/**
 * Text as SpreadsheetML can hold it. XML 1.0 forbids most control characters, lone surrogates and
 * U+FFFE/U+FFFF even as character references, so they are removed; line breaks become "\n" (a
 * parser would turn a bare "\r" into one anyway); and "_xHHHH_", which Excel reads as an escaped
 * character, is itself escaped so that the reader sees the text that was written.
 */

const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

/** The string without what XML 1.0 cannot carry, with "\n" line breaks. */
export const cleanText = (s: string): string => s.replace(/\r\n?/g, '\n').replace(ILLEGAL, '');

/** At most `max` UTF-16 units, never cutting a surrogate pair in two. */
export const truncate = (s: string, max: number): string => {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Cleaned and escaped for an element's content or an attribute's value. */
export const xmlText = (s: string): string => cleanText(s).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

/** A cell's text: cleaned, cut to Excel's limit, with literal "_xHHHH_" protected, then escaped. */
export const cellText = (s: string): string =>
  xmlText(truncate(cleanText(s), MAX_CELL_CHARS).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));

/** Text for a printed header or footer, where "&" starts a code and Excel allows 255 characters in all. */
export const headerFooterText = (s: string, max = 80): string =>
  truncate(cleanText(s).replace(/\n/g, ' '), max).replace(/&/g, '&&');
