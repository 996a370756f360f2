import * as z from 'zod';
import { ErrorBody } from '../contract/api';
import { deployedRoutes, type RouteSpec } from './route-table';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return json;
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const PARAM_DESCRIPTION: Record<string, string> = {
  id: 'The assessment id',
  sid: 'The stakeholder id',
  token: 'The invite token',
};

/** Path and query parameters, described from the route's zod schemas. */
const parametersOf = (spec: RouteSpec) => {
  const path = Object.entries(spec.params?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    description: PARAM_DESCRIPTION[name] ?? name,
    schema: schemaOf(schema as z.ZodType, 'input'),
  }));
  const query = Object.entries(spec.query?.shape ?? {}).map(([name, schema]) => {
    const json = schemaOf(schema as z.ZodType, 'input');
    return {
      name,
      in: 'query',
      required: false,
      ...(typeof json.description === 'string' ? { description: json.description } : {}),
      schema: json,
    };
  });
  // Once a link is bound to a device, every stakeholder call but redeeming a transfer code sends its key.
  const device =
    spec.access === 'stakeholder' && !spec.path.endsWith('/redeem')
      ? [
          {
            name: 'X-Device-Key',
            in: 'header',
            required: false,
            description:
              'Required once the link is bound to a device (after its first write); else 403 device_mismatch.',
            schema: { type: 'string' },
          },
        ]
      : [];
  return [...path, ...device, ...query];
};

const securityOf = (spec: RouteSpec) =>
  spec.access === 'consultant'
    ? [{ bearer: [] }]
    : spec.access === 'stakeholder'
      ? [{ invite: [] }]
      : spec.access === 'share'
        ? [{ share: [] }]
        : [];

const successOf = (spec: RouteSpec) => {
  if (spec.status === 204) return { 204: { description: 'Done; no content' } };
  return {
    [String(spec.status ?? 200)]: {
      description: spec.status === 201 ? 'Created' : 'Success',
      content: {
        [spec.contentType ?? 'application/json']: {
          schema: spec.response ? schemaOf(spec.response, 'output') : {},
        },
      },
    },
  };
};

/** OpenAPI 3.1 generated from the route table and its zod schemas: it cannot drift from the app. */
export const buildOpenApi = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, spec] of deployedRoutes()) {
    const parameters = parametersOf(spec);
    paths[spec.path] = {
      ...(paths[spec.path] ?? {}),
      [spec.method]: {
        operationId,
        summary: spec.summary,
        security: securityOf(spec),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(spec.body
          ? {
              requestBody: {
                required: !spec.bodyOptional,
                content: { 'application/json': { schema: schemaOf(spec.body, 'input') } },
              },
            }
          : {}),
        responses: {
          ...successOf(spec),
          '4XX': errorResponse('The request was refused; see the error code'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PMO Blueprint API',
      version: '2.0.0',
      description:
        'Maturity assessment, PMO recommendation and rollout planning. Consultant routes need a bearer token (a Cognito ID token in AWS, the local sign-in locally); stakeholder routes are authorised by the invite token in the X-Invite-Token header and, once the link is bound to a device, the device key in X-Device-Key.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/', description: 'The origin that serves the product (the API shares it)' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: { Error: schemaOf(ErrorBody, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        invite: { type: 'apiKey', in: 'header', name: 'X-Invite-Token' },
        share: { type: 'apiKey', in: 'header', name: 'X-Share-Token' },
      },
    },
  };
};
