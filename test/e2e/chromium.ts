import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const executablePath = () => {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it ("apt-get install -y chromium") or set CHROMIUM_PATH.`,
    );
  }
  return path;
};

/** Debian's Chromium (or CHROMIUM_PATH), started as the tests need it. */
export const launchChromium = () => chromium.launch({ executablePath: executablePath(), args: ARGS });

/** The same Chromium as a server the test files connect to (test/e2e/browser-server.ts). */
export const launchBrowserServer = () =>
  chromium.launchServer({ executablePath: executablePath(), args: ARGS });
