import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { PAGE_HEADERS } from '../api/http/security-headers';

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
    for (const [name, value] of Object.entries(PAGE_HEADERS)) c.header(name, value);
  });
  server.get('/config.json', (c) =>
    c.json({ auth: { mode: 'local', ...(options.passwordRequired ? { passwordRequired: true } : {}) } }),
  );
  server.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  // The service worker that keeps the app shell for offline reloads; always revalidated, so a new
  // deploy's worker is picked up at once. Served from the root, its scope is the whole app.
  const worker = join(webDir, 'sw.js');
  if (existsSync(worker)) {
    const source = readFileSync(worker, 'utf8');
    server.get('/sw.js', (c) => {
      c.header('content-type', 'text/javascript; charset=utf-8');
      c.header('cache-control', 'no-cache');
      return c.body(source);
    });
  }
  server.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    // No page may leak its address to another site (the questionnaire's link lives in its fragment).
    c.header('referrer-policy', 'no-referrer');
    return c.html(index);
  });
  return true;
};
