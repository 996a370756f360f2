/**
 * French typography: a space before « » ; : ! ? and % never breaks a line, so a mark never starts a
 * line of its own. A narrow no-break space (U+202F) before ; ! ? » % and after «, a no-break space
 * (U+00A0) before the colon, as the Imprimerie nationale's rules have it.
 */
const NARROW = '\u202f';
const NO_BREAK = '\u00a0';

export const frenchSpacing = (text: string): string =>
  text
    .replace(/[ \u00a0\u202f]+:/g, `${NO_BREAK}:`)
    .replace(/[ \u00a0\u202f]+([;!?»%])/g, `${NARROW}$1`)
    .replace(/«[ \u00a0\u202f]+/g, `«${NARROW}`);

/** A catalogue with every text spaced the French way. */
export const frenchTexts = (texts: Readonly<Record<string, string>>): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, frenchSpacing(text)]));
