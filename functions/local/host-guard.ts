import { createMiddleware } from 'hono/factory';

/** The Host headers the local server answers: loopback names with its port, and PUBLIC_URL's host. */
export const allowedHosts = (port: number, publicUrl: string): Set<string> => {
  // Browsers leave the default port out of the Host header.
  const suffix = port === 80 ? '' : `:${port}`;
  return new Set(
    ['localhost', '127.0.0.1', '[::1]']
      .map((name) => `${name}${suffix}`)
      .concat(new URL(publicUrl).host.toLowerCase()),
  );
};

/**
 * DNS rebinding protection: a page on another site can point its own name at 127.0.0.1 and call
 * this server from the browser, but it cannot make the browser send this server's Host header.
 */
export const hostGuard = (allowed: Set<string>) =>
  createMiddleware(async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowed.has(host))
      return c.json(
        {
          error: {
            code: 'host_not_allowed',
            message: `This server answers only as ${[...allowed].join(', ')}; set PUBLIC_URL to the address you use.`,
          },
        },
        403,
      );
    await next();
  });

/** Loopback interfaces: listening there needs no password. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
