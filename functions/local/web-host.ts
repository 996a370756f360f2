import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { PAGE_HEADERS } from '../api/http/security-headers';

/**
 * The policy's connect-src with only the given sources: a page may call this origin and, in AWS,
 * its own Cognito domain, never any other (infra/constructs/web.ts narrows it the same way).
 */
export const withConnectSources = (policy: string, sources: readonly string[]): string =>
  policy
    .split(';')
    .map((d) => d.trim())
    .map((d) => (d.startsWith('connect-src ') ? ["connect-src 'self'", ...sources].join(' ') : d))
    .join('; ');

/**
 * The headers of every response here: the product's (functions/api/http/security-headers.ts) with
 * connect-src narrowed to this origin (no Cognito locally), and a browsing context group of their
 * own, so no page opened from another site keeps a handle on ours (Cross-Origin-Opener-Policy).
 */
export const LOCAL_PAGE_HEADERS: Record<string, string> = {
  ...PAGE_HEADERS,
  'content-security-policy': withConnectSources(PAGE_HEADERS['content-security-policy'] ?? '', []),
  'cross-origin-opener-policy': 'same-origin',
};

/** The app shell (index.html, sw.js, config.json) is revalidated on every load; hashed assets never change. */
export const SHELL_CACHE_CONTROL = 'no-cache';
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app beside the API on one origin: hashed assets cached for good, the
 * runtime configuration (local sign-in here, and whether it asks for the local password;
 * Cognito in AWS), the service worker, and index.html for every page. Returns false when the
 * web app has not been built.
 */
export const hostWeb = (
  server: Hono,
  webDir: string,
  options: { passwordRequired?: boolean } = {},
): boolean => {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  // The same browser security headers CloudFront sends in AWS.
  server.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(LOCAL_PAGE_HEADERS)) c.header(name, value);
  });
  server.get('/config.json', (c) => {
    c.header('cache-control', SHELL_CACHE_CONTROL);
    return c.json({
      auth: { mode: 'local', ...(options.passwordRequired ? { passwordRequired: true } : {}) },
    });
  });
  server.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      onFound: (_path, c) => c.header('cache-control', ASSET_CACHE_CONTROL),
    }),
  );
  // The service worker that keeps the app shell for offline reloads; always revalidated, so a new
  // deploy's worker is picked up at once. Served from the root, its scope is the whole app.
  const worker = join(webDir, 'sw.js');
  if (existsSync(worker)) {
    const source = readFileSync(worker, 'utf8');
    server.get('/sw.js', (c) => {
      c.header('content-type', 'text/javascript; charset=utf-8');
      c.header('cache-control', SHELL_CACHE_CONTROL);
      return c.body(source);
    });
  }
  server.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    // No page may leak its address to another site (the questionnaire's link lives in its fragment).
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', SHELL_CACHE_CONTROL);
    return c.html(index);
  });
  return true;
};
