import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { ICruiseResult, IForbiddenRuleType, IViolation } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';
import { transformSync } from 'esbuild';

/**
 * The code the architecture rules are checked on: functions/, web/src and infra/.
 *
 * dependency-cruiser parses TypeScript with the compiler's in-process API. TypeScript 7.0 ships
 * that API only under `typescript/unstable/*` (dependency-cruiser looks for the 7.1 names), so until
 * then each file is handed to the cruiser with its types stripped by esbuild (the bundler the
 * functions are built with), module for module and path for path. What stripping loses is put
 * back: every `import type` / `export type … from` and `typeof import('…')` becomes a call to
 * `__typeOnly('…')`, which the cruiser records as a dependency of type `exotic-require`. So the
 * source graph holds every edge the compiler sees (type-only ones marked), and the runtime graph,
 * cruised without that marker, holds exactly what a bundle loads. Once TypeScript 7.1 lands, the
 * cruiser can read the sources itself (`tsPreCompilationDeps: true`) and this file shrinks to a call.
 */

export const ROOTS = ['functions', 'web/src', 'infra'];
export const TYPE_ONLY = '__typeOnly';

const TYPE_IMPORT = /^\s*(?:import|export)\s+type\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm;
const TYPE_POSITION_IMPORT = /typeof\s+import\(\s*['"]([^'"]+)['"]\s*\)/g;
const SKIP = new Set(['node_modules', 'cdk.out', 'dist']);

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sources(path);
    return /\.(tsx?|css)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });

/** A source file's name in the mirror, and back. */
const mirrored = (file: string) => file.replace(/\.ts$/, '.js').replace(/\.tsx$/, '.jsx');
export const original = (name: string) =>
  name.startsWith('node_modules/') ? name : name.replace(/\.jsx$/, '.tsx').replace(/\.js$/, '.ts');

/** Writes the type-stripped copy of the project's sources into a fresh directory. */
const mirror = (root: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'architecture-'));
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  for (const file of ROOTS.flatMap((r) => sources(join(root, r)))) {
    const name = relative(root, file);
    const target = join(dir, mirrored(name));
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.css')) {
      copyFileSync(file, target);
      continue;
    }
    const source = readFileSync(file, 'utf8');
    const { code } = transformSync(source, {
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      sourcefile: name,
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    });
    const typeOnly = [...source.matchAll(TYPE_IMPORT), ...source.matchAll(TYPE_POSITION_IMPORT)].map(
      (m) => `${TYPE_ONLY}(${JSON.stringify(m[1])});`,
    );
    writeFileSync(target, `${code}\n${typeOnly.join('\n')}\n`);
  }
  return dir;
};

/** Node's built-in modules, as the cruiser names them (without `node:`). */
export const NODE_BUILTINS = `^(node:)?(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$)`;

export interface Cruise {
  /** Violations of the rules, with the sources' own file names. */
  violations: IViolation[];
  /** Every module cruised, with its dependencies. */
  result: ICruiseResult;
}

const withOriginalNames = (v: IViolation): IViolation => ({
  ...v,
  from: original(v.from),
  to: original(v.to),
  ...(v.cycle ? { cycle: v.cycle.map((c) => ({ ...c, name: original(c.name) })) } : {}),
  ...(v.via ? { via: v.via.map((c) => ({ ...c, name: original(c.name) })) } : {}),
});

/**
 * Cruises the sources twice against the rules: the source graph (type-only imports included) for
 * layering, placement and cycles, the runtime graph for what a bundle can reach.
 */
export const cruiseArchitecture = async (
  root: string,
  rules: { source: IForbiddenRuleType[]; runtime: IForbiddenRuleType[] },
  knownViolations: IViolation[],
): Promise<{ source: Cruise; runtime: Cruise }> => {
  const dir = mirror(resolve(root));
  try {
    const known = knownViolations.map((v) => ({ ...v, from: mirrored(v.from), to: mirrored(v.to) }));
    const run = async (forbidden: IForbiddenRuleType[], typeOnly: boolean): Promise<Cruise> => {
      const out = await cruise(ROOTS, {
        baseDir: dir,
        moduleSystems: ['es6', 'cjs'],
        exoticRequireStrings: typeOnly ? [TYPE_ONLY] : [],
        doNotFollow: { path: '^node_modules' },
        preserveSymlinks: true,
        validate: true,
        ruleSet: { forbidden },
        knownViolations: known,
        enhancedResolveOptions: {
          exportsFields: ['exports'],
          conditionNames: ['import', 'require', 'node', 'default'],
          mainFields: ['module', 'main'],
        },
      });
      const result = out.output as ICruiseResult;
      const violations = result.summary.violations.filter((v) => v.rule.severity !== 'ignore');
      return { violations: violations.map(withOriginalNames), result };
    };
    return { source: await run(rules.source, true), runtime: await run(rules.runtime, false) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
