/**
 * The API's ways into the engine, which `engineIn` (./engine.ts) imports on demand: the engine
 * itself and the services that run it or say its sentences (the benchmark's note is the engine's
 * English). Routes reach these through it only: importing one of them statically would put the
 * engine back into every cold start (test/infra/bundling.test.ts checks it stays out).
 */
export { evaluate } from '../core/evaluate';
export { sayIn } from '../i18n/engine';
export {
  benchmarkView,
  consentRecord,
  foldIfDue,
  syncContribution,
} from '../services/deliverables/benchmark';
export { portfolioPage } from '../services/deliverables/portfolio';
export { sharedReport } from '../services/deliverables/shared-report';
export { resultsFor } from '../services/deliverables/submissions';
export { buildResults } from '../services/results';
