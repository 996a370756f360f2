import type { IForbiddenRuleType } from 'dependency-cruiser';
import { NODE_BUILTINS, TYPE_ONLY } from './source-graph';

/**
 * The architecture, as dependency-cruiser rules (see docs/architecture.md, "Rules the build holds").
 *
 * Layers, bottom to top; a module imports only from its own layer or below:
 *
 *   0 lib         pure helpers with no imports (the one CSV writer), for server and browser alike
 *   0 neutral     zod-free constants of the contract the browser may load (roles, contrast, labels, thresholds)
 *   1 contract    zod schemas of every request and response, and the types derived from them
 *   2 core        the pure domain
 *   3 i18n        catalogues and formatting; they read core's questionnaire and message keys
 *   4 store       the Store port and its records; the DynamoDB adapters beside them
 *   5 services    what the API and the jobs share
 *   6 api         the hono app
 *   7 lambda, local   the two hosts (neither imports the other)
 *   8 infra       the stack: may import anything above it to derive what it deploys
 *
 *   web/src       the browser: core and i18n at run time, the neutral constants, and the contract
 *                 for its types only (`import type`): no zod, no schema, no server code.
 */

const NEUTRAL = '^functions/contract/(roles|contrast|benchmark-labels|benchmark-thresholds)[.]js$';

const LAYERS: { name: string; path: string; pathNot?: string }[] = [
  { name: 'lib', path: '^functions/lib/' },
  { name: 'neutral', path: NEUTRAL },
  { name: 'contract', path: '^functions/contract/', pathNot: NEUTRAL },
  { name: 'core', path: '^functions/core/' },
  { name: 'i18n', path: '^functions/i18n/' },
  { name: 'store', path: '^functions/store/' },
  { name: 'services', path: '^functions/services/' },
  { name: 'api', path: '^functions/api/' },
  { name: 'hosts', path: '^functions/(lambda|local)/' },
  { name: 'infra', path: '^infra/' },
];

/** One rule per layer: nothing above it. */
const layerRules: IForbiddenRuleType[] = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} imports only from its own layer or below (${
    LAYERS.slice(0, i)
      .map((l) => l.name)
      .join(', ') || 'nothing'
  }).`,
  severity: 'error',
  from: { path: layer.path, ...(layer.pathNot ? { pathNot: layer.pathNot } : {}) },
  to: {
    path: `(${[...LAYERS.slice(i + 1).map((l) => l.path), '^web/'].join(')|(')})`,
    // The neutral constants may name the contract's types (an `import type` loads nothing).
    ...(layer.name === 'neutral' ? { dependencyTypesNot: ['exotic-require' as const] } : {}),
  },
}));

/** The Store port and its records; every other module of functions/store is an adapter. */
const STORE_PORT =
  '^functions/store/(port|records|deliverable-records|calibration-port|calibration-records|permissions)[.]js$';
const STORE_ADAPTER = '^functions/store/';

const AWS_SDK = '^node_modules/@aws-sdk/';

export const SOURCE_RULES: IForbiddenRuleType[] = [
  {
    name: 'no-cycles',
    comment:
      'No module imports itself through others (type-only imports count: they tie declarations together).',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  ...layerRules,
  {
    name: 'hosts-apart',
    comment: 'The Lambda host and the local host share nothing but what lies below them.',
    severity: 'error',
    from: { path: '^functions/lambda/' },
    to: { path: '^functions/local/' },
  },
  {
    name: 'hosts-apart-local',
    comment: 'The Lambda host and the local host share nothing but what lies below them.',
    severity: 'error',
    from: { path: '^functions/local/' },
    to: { path: '^functions/lambda/' },
  },
  {
    name: 'store-port-without-adapters',
    comment: 'The Store port and its records are declared on their own, never from an adapter.',
    severity: 'error',
    from: { path: STORE_PORT },
    to: { path: STORE_ADAPTER, pathNot: STORE_PORT },
  },
  {
    name: 'adapters-only-in-hosts',
    comment: 'Services and the API talk to the Store port; only the hosts (and infra) build an adapter.',
    severity: 'error',
    from: { path: '^functions/(contract|core|i18n|services|api)/' },
    to: { path: STORE_ADAPTER, pathNot: STORE_PORT },
  },
  {
    name: 'aws-sdk-in-store-and-hosts',
    comment: 'The AWS SDK is used by the store adapters, the two hosts and infra only.',
    severity: 'error',
    from: { pathNot: '^(functions/(store|lambda|local)|infra)/' },
    to: { path: AWS_SDK },
  },
  {
    name: 'core-is-pure',
    comment: 'The domain imports no package and no Node module: it runs the same in the browser.',
    severity: 'error',
    from: { path: '^functions/(core|i18n)/' },
    to: {
      dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
    },
  },
  {
    name: 'contract-is-zod-only',
    comment: 'The contract imports zod and nothing else from outside (no Node module, no other package).',
    severity: 'error',
    from: { path: '^functions/contract/' },
    to: {
      dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
      pathNot: '^node_modules/zod/',
    },
  },
  {
    name: 'neutral-is-neutral',
    comment: 'The neutral constants import nothing at run time but each other.',
    severity: 'error',
    from: { path: NEUTRAL },
    to: { pathNot: NEUTRAL, dependencyTypesNot: ['exotic-require'] },
  },
  {
    name: 'web-contract-types-only',
    comment:
      'The browser imports the contract for its types only (`import type`), so no schema and no zod ship to it; constants it needs live in the neutral modules.',
    severity: 'error',
    from: { path: '^web/src/' },
    to: { path: '^functions/contract/', pathNot: NEUTRAL, dependencyTypesNot: ['exotic-require'] },
  },
  {
    name: 'web-no-server-code',
    comment:
      'The browser loads the domain, the catalogues and the neutral constants; nothing of the server, the AWS SDK, hono, zod or Node.',
    severity: 'error',
    from: { path: '^web/src/' },
    to: {
      path: `(^functions/(store|services|api|lambda|local)/)|(^infra/)|(${AWS_SDK})|(^node_modules/(hono|zod|@hono|@middy|@aws-lambda-powertools)/)|(${NODE_BUILTINS})`,
    },
  },
  {
    name: 'hono-in-api-and-hosts',
    comment: "hono is the API's: used by functions/api and the hosts that run it.",
    severity: 'error',
    from: { pathNot: '^functions/(api|lambda|local)/' },
    to: { path: '^node_modules/(hono|@hono)/' },
  },
  {
    name: 'powertools-in-lambda',
    comment: "Powertools and middy are the Lambda host's.",
    severity: 'error',
    from: { pathNot: '^functions/lambda/' },
    to: { path: '^node_modules/(@aws-lambda-powertools|@middy)/' },
  },
  {
    name: 'preact-in-web',
    comment: "Preact is the browser's.",
    severity: 'error',
    from: { pathNot: '^web/src/' },
    to: { path: '^node_modules/(preact|preact-iso|@preact)/' },
  },
];

/** What a bundle can load, following only run-time imports (static and dynamic), transitively. */
export const RUNTIME_RULES: IForbiddenRuleType[] = [
  {
    name: 'web-reaches-no-zod',
    comment:
      'No browser module can load zod, however far down (a page would ship a 33 KB gzipped chunk for it).',
    severity: 'error',
    from: { path: '^web/src/' },
    to: { path: '^node_modules/zod/', reachable: true },
  },
  {
    name: 'web-reaches-no-server',
    comment: 'No browser module can load the AWS SDK, hono or a Node module, however far down.',
    severity: 'error',
    from: { path: '^web/src/' },
    to: { path: `(${AWS_SDK})|(^node_modules/(hono|@hono)/)|(${NODE_BUILTINS})`, reachable: true },
  },
  {
    name: 'core-reaches-no-node-or-aws',
    comment: 'Nothing the domain loads, however far down, is a Node module or the AWS SDK.',
    severity: 'error',
    from: { path: '^functions/core/' },
    to: { path: `(${AWS_SDK})|(${NODE_BUILTINS})`, reachable: true },
  },
];

export { TYPE_ONLY };
