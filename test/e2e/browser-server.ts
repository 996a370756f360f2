import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one Chromium of the end-to-end run, which every test file connects to. */
    chromiumEndpoint: string;
  }
}

/**
 * One Chromium for every end-to-end file (each still makes its own contexts, so cookies, storage
 * and device bindings stay apart), instead of one started and stopped per file.
 */
export default async function setup(project: TestProject) {
  const server = await launchBrowserServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
