import type * as z from 'zod';

/**
 * Who may call a route. `public`: anyone; `consultant`: a signed-in consultant (in AWS behind
 * API Gateway's JWT authorizer); `stakeholder`: the holder of an invite token (checked by the
 * function); `share`: the holder of a share token in the `X-Share-Token` header (checked by the
 * function); `local`: only the local host mounts it, and it never reaches API Gateway.
 */
export type Access = 'public' | 'consultant' | 'stakeholder' | 'share' | 'local';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route, declared once: the hono app, the OpenAPI document and API Gateway derive from it. */
export interface RouteSpec {
  method: Method;
  /** OpenAPI and API Gateway path syntax: `/api/assessments/{id}`. */
  path: `/api/${string}`;
  access: Access;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** An empty body is accepted and reads as `{}` (submit without final changes). */
  bodyOptional?: boolean;
  response?: z.ZodType;
  status?: 200 | 201 | 204;
  /** Non-JSON responses (CSV). */
  contentType?: 'text/csv';
}
