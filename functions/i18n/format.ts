/**
 * The message format. It lives with the domain (functions/core/render.ts) because the engine says
 * its source language, English, without the catalogues; every translation renders through it.
 */
export * from '../core/render';
