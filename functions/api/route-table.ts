import { ASSESSMENT_ROUTES } from './route-specs/assessments';
import { CALIBRATION_ROUTES } from './route-specs/calibration';
import { DELIVERABLE_ROUTES } from './route-specs/deliverables';
import { PRIVACY_ROUTES } from './route-specs/privacy';
import { PUBLIC_ROUTES } from './route-specs/public';
import { RESPONSE_ROUTES } from './route-specs/responses';
import type { RouteSpec } from './route-specs/spec';
import { STAKEHOLDER_ROUTES } from './route-specs/stakeholders';

export type { Access, Method, RouteSpec } from './route-specs/spec';

/** The routes of each area, declared in ./route-specs; an operationId belongs to one area only. */
export const ROUTE_AREAS = {
  public: PUBLIC_ROUTES,
  assessments: ASSESSMENT_ROUTES,
  stakeholders: STAKEHOLDER_ROUTES,
  responses: RESPONSE_ROUTES,
  deliverables: DELIVERABLE_ROUTES,
  privacy: PRIVACY_ROUTES,
  calibration: CALIBRATION_ROUTES,
} as const;

/**
 * Every route of the API, keyed by its operationId: the one table the handlers, the OpenAPI
 * document and API Gateway derive from (a route without a handler does not compile).
 */
export const ROUTES = {
  ...PUBLIC_ROUTES,
  ...ASSESSMENT_ROUTES,
  ...STAKEHOLDER_ROUTES,
  ...RESPONSE_ROUTES,
  ...DELIVERABLE_ROUTES,
  ...PRIVACY_ROUTES,
  ...CALIBRATION_ROUTES,
} as const satisfies Record<string, RouteSpec>;

export type OperationId = keyof typeof ROUTES;

const routeEntries = (): [OperationId, RouteSpec][] => Object.entries(ROUTES) as [OperationId, RouteSpec][];

/** The routes API Gateway serves (every route but the local-only ones). */
export const deployedRoutes = () => routeEntries().filter(([, spec]) => spec.access !== 'local');
