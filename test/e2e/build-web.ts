import { build } from 'vite';

/** Builds the web app once before the end-to-end tests, exactly as `npm start` does. */
export default async function setup() {
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
}
