/** English is the engine's source language and lives with it (functions/core/english.ts). */
export { EN, type EngineKey } from '../../core/english';
