import * as z from 'zod';
import { ErrorBody, OPERATIONS } from './openapi-operations';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return json;
};

const errorResponse = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

/** OpenAPI 3.1 generated from the zod contract, so the document cannot drift from the validation. */
export const buildOpenApi = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    // Stakeholder routes: the invite token (what follows "#" in the invite link) and, once the
    // link is bound, the device key travel in headers, never in a URL.
    const inviteHeaders =
      op.auth === 'invite'
        ? [
            {
              name: 'X-Invite-Token',
              in: 'header',
              required: true,
              schema: { type: 'string' },
              description: 'The invite token: what follows "#" in the invite link.',
            },
            ...(op.path.endsWith('/redeem')
              ? []
              : [
                  {
                    name: 'X-Device-Key',
                    in: 'header',
                    required: false,
                    schema: { type: 'string' },
                    description:
                      'Required once the link is bound to a device (after its first write); else 403 device_mismatch.',
                  },
                ]),
          ]
        : [];
    const queryParams = Object.entries(op.query ?? {}).map(([name, q]) => ({
      name,
      in: 'query',
      required: false,
      ...q,
    }));
    const params = [...pathParams, ...inviteHeaders, ...queryParams];
    paths[op.path] = {
      ...(paths[op.path] ?? {}),
      [op.method]: {
        summary: op.summary,
        ...(params.length > 0 ? { parameters: params } : {}),
        ...(op.auth === 'consultant' ? { security: [{ bearer: [] }] } : {}),
        ...(op.request
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: schemaOf(op.request, 'input') } },
              },
            }
          : {}),
        responses: {
          [String(op.status ?? 200)]: {
            description: 'Success',
            ...(op.response
              ? {
                  content: {
                    [op.contentType ?? 'application/json']: { schema: schemaOf(op.response, 'output') },
                  },
                }
              : {}),
          },
          '4XX': errorResponse,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PMO Blueprint API',
      version: '1.0.0',
      description:
        'Maturity assessment, PMO recommendation and rollout planning. Consultant routes need a bearer token (Cognito ID token in AWS, the local sign-in locally); stakeholder routes are authorised by the invite token in the X-Invite-Token header and, once bound, the device key in X-Device-Key.',
    },
    paths,
    components: {
      schemas: { Error: schemaOf(ErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
};
