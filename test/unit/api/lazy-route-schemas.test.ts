import { describe, expect, it, vi } from 'vitest';

/** Every lazy schema built so far, by the order its maker ran. */
const built = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../functions/contract/lazy', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../functions/contract/lazy')>();
  return {
    lazySchema: <T extends object>(make: () => T): T =>
      real.lazySchema(() => {
        built.count += 1;
        return make();
      }),
  };
});

const { createApp } = await import('../../../functions/api/app');
const { QUESTIONNAIRE } = await import('../../../functions/core');
const { ROUTES } = await import('../../../functions/api/route-table');

/**
 * The route table's schemas are declared once per route, but built only when a request of that
 * route first needs them: importing the table and mounting every route builds none, so a cold
 * start pays for the schemas of the route it answers, not for the ~50 routes it serves.
 */
describe('route schemas at cold start', () => {
  const app = createApp({
    questionnaire: QUESTIONNAIRE,
    workspace: {
      store: {} as never,
      auth: { resolve: async () => null },
      now: () => new Date(),
      defaultMinGroupSize: 3,
    },
  });

  it('are not built by importing the route table or mounting every route', () => {
    expect(Object.keys(ROUTES).length).toBeGreaterThan(30);
    expect(built.count).toBe(0);
  });

  it('are built for the route a request reaches, and no further', async () => {
    const res = await app.request('/api/model?lang=fr');
    expect(res.status).toBe(200);
    const afterModel = built.count;
    expect(afterModel).toBeGreaterThan(0);
    expect((await app.request('/api/model?lang=de')).status).toBe(200);
    expect(built.count).toBe(afterModel);
  });
});
