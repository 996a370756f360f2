import { z } from 'zod';
import { ErrorBody, Health, QuestionnaireDocument, QuickCheckRequest } from '../contract/api';
import { Result } from '../contract/result';
import { OPERATIONS_V1_CONSULTANT } from './openapi-operations';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  auth?: 'consultant' | 'invite';
  request?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  contentType?: string;
}

const PUBLIC: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness and questionnaire version', response: Health },
  { method: 'get', path: '/api/openapi.json', summary: 'This document' },
  {
    method: 'get',
    path: '/api/model',
    summary: 'The questionnaire: dimensions, questions, answer scale, context fields',
    response: QuestionnaireDocument,
  },
  {
    method: 'post',
    path: '/api/quick-check',
    summary: 'Score answers and recommend a PMO without an account',
    request: QuickCheckRequest,
    response: Result,
  },
];

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
  for (const op of [...PUBLIC, ...OPERATIONS_V1_CONSULTANT]) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const entry: Record<string, unknown> = {
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
    };
    paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: entry };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PMO Blueprint API',
      version: '1.0.0',
      description: 'Maturity assessment, PMO recommendation and rollout planning.',
    },
    paths,
    components: {
      schemas: { Error: schemaOf(ErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
};
