import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built web app beside the API on one origin: hashed assets cached for good, the
 * runtime configuration (local sign-in here; Cognito in AWS), and index.html for every page.
 * Returns false when the web app has not been built.
 */
export const hostWeb = (server: Hono, webDir: string): boolean => {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  server.get('/config.json', (c) => c.json({ auth: { mode: 'local' } }));
  server.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  server.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    // No page may leak its address to another site (the questionnaire's link lives in its fragment).
    c.header('referrer-policy', 'no-referrer');
    return c.html(index);
  });
  return true;
};
