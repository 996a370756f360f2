import { EN, type EngineKey } from '../i18n/engine/en';
import { type Message, type Params, renderMessage } from '../i18n/format';

/** A sentence of the engine, unsaid: a catalogue key (functions/i18n/engine) and its values. */
export type EngineMessage = Message<EngineKey>;
export type { EngineKey };

/**
 * How the engine's messages become text. The domain builds messages; whoever calls it (the API
 * in the reader's language, the browser with its loaded catalogue) decides how they are said.
 */
export type Say = (m: EngineMessage) => string;

export const msg = (key: EngineKey, params?: Params): EngineMessage =>
  params === undefined ? { key } : { key, params };

/** The source language: what the engine says when nobody asks for another. */
export const english: Say = (m) => renderMessage({ language: 'en', catalogue: EN }, m);
