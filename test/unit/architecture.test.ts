import type { IViolation } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_RULES, SOURCE_RULES } from './architecture/rules';
import { type Cruise, cruiseArchitecture, original } from './architecture/source-graph';
import { TEMPORARY_EXCEPTIONS } from './architecture/temporary-exceptions';

/**
 * The architecture, held by dependency-cruiser: the rules in ./architecture/rules.ts over
 * functions/, web/src and infra/, static and dynamic imports, type-only ones included where they
 * matter. A failure names each offending edge, its rule and why the rule exists.
 */

const describeViolation = (v: IViolation) => {
  const rule = [...SOURCE_RULES, ...RUNTIME_RULES].find((r) => r.name === v.rule.name);
  const path = v.cycle?.length
    ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})`
    : v.via?.length
      ? ` (via ${v.via.map((c) => c.name).join(' → ')})`
      : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${path}: ${rule?.comment ?? ''}`;
};

let source: Cruise;
let runtime: Cruise;

beforeAll(async () => {
  ({ source, runtime } = await cruiseArchitecture(
    '.',
    { source: SOURCE_RULES, runtime: RUNTIME_RULES },
    TEMPORARY_EXCEPTIONS,
  ));
}, 60_000);

describe('the architecture (dependency-cruiser)', () => {
  it('reads every module of functions/, web/src and infra/, dynamic imports included', () => {
    const modules = source.result.modules.map((m) => m.source);
    for (const root of ['functions/core/', 'functions/api/', 'web/src/', 'infra/'])
      expect(modules.some((m) => m.startsWith(root))).toBe(true);
    const dynamic = source.result.modules.flatMap((m) =>
      m.dependencies.filter((d) => d.dependencyTypes.includes('dynamic-import')),
    );
    expect(dynamic.length).toBeGreaterThan(0);
    const unresolved = source.result.modules
      .flatMap((m) => m.dependencies.filter((d) => d.couldNotResolve).map((d) => `${m.source} → ${d.module}`))
      .filter((d) => !/__typeOnly|→ aws-lambda$/.test(d));
    expect(unresolved).toEqual([]);
  });

  it('holds the layers, placements and no-cycle rules on the source graph', () => {
    expect(source.violations.map(describeViolation)).toEqual([]);
  });

  it('lets no bundle reach what it must not load (zod in the browser, Node or AWS in the domain)', () => {
    expect(runtime.violations.map(describeViolation)).toEqual([]);
  });

  it('lists as temporary exceptions only edges that still exist', () => {
    const edges = new Set(
      source.result.modules.flatMap((m) =>
        m.dependencies.map((d) => `${original(m.source)} → ${original(d.resolved)}`),
      ),
    );
    expect(TEMPORARY_EXCEPTIONS.map((v) => `${v.from} → ${v.to}`).filter((e) => !edges.has(e))).toEqual([]);
  });
});
