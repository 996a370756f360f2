import { describe, expect, it } from 'vitest';
import { ROUTE_AREAS, ROUTES } from '../../../functions/api/route-table';

describe('the route table, declared by area', () => {
  it('declares each operationId in one area only, so no area silently replaces another’s route', () => {
    const declaredIn = new Map<string, string[]>();
    for (const [area, routes] of Object.entries(ROUTE_AREAS))
      for (const operationId of Object.keys(routes))
        declaredIn.set(operationId, [...(declaredIn.get(operationId) ?? []), area]);
    const twice = [...declaredIn]
      .filter(([, areas]) => areas.length > 1)
      .map(([id, areas]) => `${id}: ${areas}`);
    expect(twice).toEqual([]);
  });

  it('is exactly the union of the areas, route for route', () => {
    const union = Object.assign({}, ...Object.values(ROUTE_AREAS));
    expect(Object.keys(ROUTES)).toEqual(Object.keys(union));
    for (const [operationId, spec] of Object.entries(union)) expect(ROUTES).toHaveProperty(operationId, spec);
  });
});
