import type { ErrorBody, QuestionnaireDocument, QuickCheckRequest } from '../../../functions/contract/api';
import type { Result } from '../../../functions/contract/result';

export type { QuestionnaireDocument, Result };

/** A refused request, with the server's code and the fields at fault. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let bearer: string | null = null;
export const setBearer = (token: string | null) => {
  bearer = token;
};

/** Fetches JSON from the API; a non-2xx answer becomes an ApiFailure, a dropped network a status-0 failure. */
export const request = async <T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> => {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    throw new ApiFailure(0, 'offline', 'The server cannot be reached. Check your connection.');
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const error = (json as ErrorBody | undefined)?.error;
    throw new ApiFailure(
      res.status,
      error?.code ?? 'http_error',
      error?.message ?? `Request failed (${res.status}).`,
      error?.issues,
    );
  }
  return json as T;
};

export const getModel = () => request<QuestionnaireDocument>('/api/model');
export const quickCheck = (body: QuickCheckRequest) =>
  request<Result>('/api/quick-check', { method: 'POST', body });
