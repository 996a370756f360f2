import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorBody } from '../../contract/api';

export interface Issue {
  path: string;
  message: string;
}

/** An error a client can act on: it carries the status, a stable code and the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) },
    };
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found.`);

const joinPath = (where: string, path: readonly PropertyKey[]): string =>
  [where, ...path.map(String)].filter((p) => p !== '').join('.');

/** Turns zod's issues into `{ path, message }` pairs, prefixed with where the value came from. */
export const fromZod = (error: z.ZodError, where: 'body' | 'path' | 'query' | 'header'): ApiError => {
  const issues = error.issues.map((issue) => ({
    path: joinPath(where === 'body' ? '' : where, issue.path) || where,
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid input';
  return new ApiError(
    400,
    'invalid_request',
    `The request is invalid (${summary}${issues.length > 1 ? `, and ${issues.length - 1} more` : ''}).`,
    issues,
  );
};
