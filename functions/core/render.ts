import type { Language } from '../contract/languages';

/** A value a template may name: text, a number, a nested message, or a list of either. */
export type Param = string | number | Message | readonly (string | Message)[];
export type Params = Readonly<Record<string, Param>>;

/** What the engine says, without saying it in any one language: a catalogue key and its values. */
export interface Message<K extends string = string> {
  key: K;
  params?: Params;
}

export type Catalogue = Readonly<Record<string, string>>;

/**
 * Templates are a small subset of ICU MessageFormat:
 * `{name}` a value (numbers through Intl.NumberFormat, lists through Intl.ListFormat),
 * `{name, number, 2}` a number with exactly two decimals,
 * `{name, plural, one {# project} other {# projects}}` a plural through Intl.PluralRules
 * (`=0 {…}` picks an exact value; `#` is the formatted number),
 * `{name, date}` a calendar date given as YYYY-MM-DD, through Intl.DateTimeFormat (long style).
 */
const placeholder = /\{(\w+)(?:,\s*(number|plural|date)(?:,\s*)?)?/y;

/** Index of the brace closing the one opened just before `from`. */
const closing = (template: string, from: number): number => {
  let depth = 1;
  for (let i = from; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unclosed brace in "${template}"`);
};

const pluralForms = (body: string): Map<string, string> => {
  const forms = new Map<string, string>();
  const form = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let at = 0;
  for (;;) {
    form.lastIndex = at;
    const m = form.exec(body);
    if (!m?.[1]) break;
    const end = closing(body, form.lastIndex);
    forms.set(m[1], body.slice(form.lastIndex, end));
    at = end + 1;
  }
  return forms;
};

export interface Formatter {
  language: Language;
  catalogue: Catalogue;
}

/** A language's Intl objects, built on first use: they are costly to build and the engine says thousands of sentences. */
interface Intls {
  numbers: Map<string, Intl.NumberFormat>;
  /** Formatted numbers by digits and value: scores, levels and counts repeat across a result. */
  said: Map<string, Map<number, string>>;
  date?: Intl.DateTimeFormat;
  plural?: Intl.PluralRules;
  list?: Intl.ListFormat;
}

const intls = new Map<Language, Intls>();
const intlsOf = (language: Language): Intls => {
  let made = intls.get(language);
  if (made === undefined) {
    made = { numbers: new Map(), said: new Map() };
    intls.set(language, made);
  }
  return made;
};

const numberFormat = (language: Language, digits: string): Intl.NumberFormat => {
  const { numbers } = intlsOf(language);
  let format = numbers.get(digits);
  if (format === undefined) {
    format =
      digits === ''
        ? new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
        : new Intl.NumberFormat(language, {
            minimumFractionDigits: Number(digits),
            maximumFractionDigits: Number(digits),
          });
    numbers.set(digits, format);
  }
  return format;
};
const dateFormat = (language: Language) =>
  (intlsOf(language).date ??= new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }));
const pluralRules = (language: Language) => (intlsOf(language).plural ??= new Intl.PluralRules(language));
const listFormat = (language: Language) =>
  (intlsOf(language).list ??= new Intl.ListFormat(language, { type: 'conjunction' }));

/** Numbers remembered per language and precision; past this many the memory starts again. */
const SAID_LIMIT = 4096;

/** A number in a language: grouping and decimal signs through Intl.NumberFormat. */
export const numberText = (language: Language, n: number, digits?: number): string => {
  const variant = digits === undefined ? '' : String(digits);
  // -0 is its own text ("-0") but the same key as 0 in a Map: format it each time.
  if (Object.is(n, -0)) return numberFormat(language, variant).format(n);
  const { said } = intlsOf(language);
  let memory = said.get(variant);
  if (memory === undefined) {
    memory = new Map();
    said.set(variant, memory);
  }
  let text = memory.get(n);
  if (text === undefined) {
    text = numberFormat(language, variant).format(n);
    if (memory.size >= SAID_LIMIT) memory.clear();
    memory.set(n, text);
  }
  return text;
};

const valueText = (f: Formatter, value: Param | undefined, name: string): string => {
  if (value === undefined) throw new Error(`Missing parameter {${name}}`);
  if (typeof value === 'number') return numberText(f.language, value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return listFormat(f.language).format(value.map((v) => (typeof v === 'string' ? v : renderMessage(f, v))));
  return renderMessage(f, value as Message);
};

/**
 * A template compiled once: literal text and placeholders, each a function of the formatter, the
 * values and (inside a plural form) the formatted number that `#` stands for.
 */
type Part = string | ((f: Formatter, params: Params, hash: string) => string);

const compiled = new Map<string, Part[]>();

/** Literal text; inside a plural form (`hashes`), each `#` is the formatted number. */
const literal = (parts: Part[], text: string, hashes: boolean) => {
  if (text === '') return;
  if (!hashes) return void parts.push(text);
  for (const [i, piece] of text.split('#').entries()) {
    if (i > 0) parts.push((_f, _p, hash) => hash);
    if (piece !== '') parts.push(piece);
  }
};

const compile = (template: string, hashes = false): Part[] => {
  const parts: Part[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      literal(parts, template.slice(i), hashes);
      break;
    }
    literal(parts, template.slice(i, open), hashes);
    placeholder.lastIndex = open;
    const m = placeholder.exec(template);
    if (!m?.[1]) throw new Error(`Bad placeholder in "${template}"`);
    const end = closing(template, open + 1);
    const [, name, kind] = m;
    const rest = template.slice(placeholder.lastIndex, end).trim();
    if (kind === 'number') {
      const digits = rest === '' ? undefined : Number(rest);
      parts.push((f, params) => {
        const value = params[name];
        if (typeof value !== 'number') throw new Error(`{${name}} must be a number`);
        return numberText(f.language, value, digits);
      });
    } else if (kind === 'date') {
      parts.push((f, params) => {
        const value = params[name];
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
          throw new Error(`{${name}} must be a date`);
        return dateFormat(f.language).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
      });
    } else if (kind === 'plural') {
      // Each form is compiled too; `#` becomes the formatted number, as if substituted first.
      const forms = new Map([...pluralForms(rest)].map(([k, body]) => [k, compile(body, true)]));
      parts.push((f, params) => {
        const value = params[name];
        if (typeof value !== 'number') throw new Error(`{${name}} must be a number`);
        const chosen =
          forms.get(`=${value}`) ?? forms.get(pluralRules(f.language).select(value)) ?? forms.get('other');
        return chosen === undefined ? '' : run(chosen, f, params, numberText(f.language, value));
      });
    } else {
      parts.push((f, params) => valueText(f, params[name], name));
    }
    i = end + 1;
  }
  return parts;
};

const run = (parts: readonly Part[], f: Formatter, params: Params, hash = ''): string => {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : part(f, params, hash);
  return out;
};

const compiledOf = (template: string): Part[] => {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = compile(template);
    compiled.set(template, parts);
  }
  return parts;
};

/** Fills a template's placeholders in `f.language`; each template is parsed once, then reused. */
export const interpolate = (f: Formatter, template: string, params: Params = {}): string =>
  run(compiledOf(template), f, params);

/** A message in `f.language`; a key the catalogue lacks is a programming error. */
export const renderMessage = (f: Formatter, m: Message): string => {
  const template = f.catalogue[m.key];
  if (template === undefined) throw new Error(`No text for "${m.key}" in ${f.language}`);
  return run(compiledOf(template), f, m.params ?? {});
};

/** The placeholder names a template uses (plural forms included), for the catalogue checks. */
export const placeholdersOf = (template: string): string[] => {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{(\w+)(?=[,}])/g)) if (m[1]) names.add(m[1]);
  return [...names].sort();
};
