import { EN, type EngineKey } from './english';
import { type Message, type Params, renderMessage } from './render';

/** A sentence of the engine, unsaid: a key (functions/core/english.ts) and its values. */
export type EngineMessage = Message<EngineKey>;
export type { EngineKey };

/**
 * How the engine's messages become text. The domain builds messages; whoever calls it (the API
 * in the reader's language through functions/i18n, the browser with its loaded catalogue) decides
 * how they are said.
 */
export type Say = (m: EngineMessage) => string;

export const msg = (key: EngineKey, params?: Params): EngineMessage =>
  params === undefined ? { key } : { key, params };

/** The source language: what the engine says when nobody asks for another. */
const source = { language: 'en', catalogue: EN } as const;
export const english: Say = (m) => renderMessage(source, m);

/**
 * Says nothing: for work whose sentences nobody reads (the sensitivity analysis re-runs the
 * decision for every probe and keeps only which way it went), so no message is rendered at all.
 */
export const unsaid: Say = () => '';
