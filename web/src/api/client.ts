import type { ErrorBody, QuestionnaireDocument, QuickCheckRequest } from '../../../functions/contract/api';
import type { Result } from '../../../functions/contract/result';
import { language } from '../i18n';
import { online } from '../lib/connection';
import { forgetTabLink } from '../lib/invite-link';

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
/** The consultant's bearer token, for the few calls that cannot go through request(). */
export const currentBearer = (): string | null => bearer;

export const setBearer = (token: string | null) => {
  bearer = token;
};

/** Renews an expired session token, when the sign-in method can (Cognito refresh tokens); null when it cannot. */
let renewToken: (() => Promise<string | null>) | null = null;
export const setTokenRenewal = (renew: (() => Promise<string | null>) | null) => {
  renewToken = renew;
};

type RequestInit = { method?: string; body?: unknown; headers?: Record<string, string> };

const send = (path: string, init: RequestInit) =>
  fetch(path, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });

/** Fetches JSON from the API; a non-2xx answer becomes an ApiFailure, a dropped network a status-0 failure. */
export const request = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  let res: Response;
  try {
    res = await send(path, init);
    // An expired token is renewed once, and the request repeated with the new one.
    if (res.status === 401 && bearer && renewToken) {
      const renewed = await renewToken().catch(() => null);
      if (renewed) {
        bearer = renewed;
        res = await send(path, init);
      }
    }
  } catch {
    online.value = false;
    throw new ApiFailure(0, 'offline', 'The server cannot be reached. Check your connection.');
  }
  online.value = true;
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch (e) {
    // A refusal without a JSON body (a route this server does not have yet) is still a refusal.
    if (res.ok) throw e;
  }
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

/** Texts come in the reader's language; ids, scores and numbers are the same in every language. */
const lang = () => `lang=${language.value}`;

/**
 * The last questionnaire texts and response document this tab received, so that reloading the
 * questionnaire without a network still shows it with its answers (the service worker serves the
 * app itself, and never caches an API response). Kept in sessionStorage: this tab only, gone when
 * it closes; named by a hash of the link, never by the token.
 */
const lastCopy = {
  read<T>(slot: string): T | undefined {
    try {
      const raw = sessionStorage.getItem(`pmo.offline.${slot}`);
      return raw ? (JSON.parse(raw) as T) : undefined;
    } catch {
      return undefined;
    }
  },
  write(slot: string, value: unknown) {
    try {
      sessionStorage.setItem(`pmo.offline.${slot}`, JSON.stringify(value));
    } catch {
      // No storage: an offline reload shows the "cannot load" message instead.
    }
  },
};

/** A GET that falls back on this tab's last copy when the network is down (and only then). */
const withLastCopy = async <T>(
  slot: string,
  get: () => Promise<T>,
  keep = (v: T): unknown => v,
): Promise<T> => {
  try {
    const value = await get();
    lastCopy.write(slot, keep(value));
    return value;
  } catch (e) {
    const copy = e instanceof ApiFailure && e.status === 0 ? lastCopy.read<T>(slot) : undefined;
    if (copy === undefined) throw e;
    return copy;
  }
};

/** The questionnaire in the reader's language: the current edition, or the one an assessment is answered in. */
export const getModel = (edition?: string) => {
  const path = `/api/model?${lang()}${edition ? `&edition=${encodeURIComponent(edition)}` : ''}`;
  return withLastCopy(`model.${edition ?? 'current'}.${language.value}`, () =>
    request<QuestionnaireDocument>(path),
  );
};
export const quickCheck = (body: QuickCheckRequest) =>
  request<Result>(`/api/quick-check?${lang()}`, { method: 'POST', body });

import type {
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  Invite,
  ResponseDocument,
  SaveResponseRequest,
  StakeholderView,
} from '../../../functions/contract/assessments';

export type {
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  Invite,
  ResponseDocument,
  StakeholderView,
};

/**
 * Where this browser keeps the device key of one invite link: under a hash of the token, so the
 * token itself is never stored. The hash only names a storage slot; it protects nothing.
 */
export const deviceSlot = (token: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `pmo.device.${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
};

const storedDeviceKey = (token: string): string | null => {
  try {
    return localStorage.getItem(deviceSlot(token));
  } catch {
    return null;
  }
};

/** Keeps the key a bound link answers to; it is returned once, by the write that binds the link. */
const keepDeviceKey = (token: string, doc: ResponseDocument): ResponseDocument => {
  keepCopy(token, doc);
  if (doc.deviceKey) {
    try {
      localStorage.setItem(deviceSlot(token), doc.deviceKey);
    } catch {
      // Private mode without storage: the key lives as long as the page.
    }
    memoryKeys.set(token, doc.deviceKey);
  }
  return doc;
};
const memoryKeys = new Map<string, string>();

/** The invite token and this browser's device key, as headers: neither ever travels in a URL. */
const linkHeaders = (token: string): Record<string, string> => {
  const key = memoryKeys.get(token) ?? storedDeviceKey(token);
  return { 'x-invite-token': token, ...(key ? { 'x-device-key': key } : {}) };
};

/** A response document as this tab keeps it: without the device key, which lives apart. */
const withoutKey = ({ deviceKey: _, ...doc }: ResponseDocument) => doc;
const keepCopy = (token: string, doc: ResponseDocument) =>
  lastCopy.write(`response.${deviceSlot(token)}`, withoutKey(doc));

/** Forgets this tab's copy of a response: the link moved, was withdrawn or expired, or it was submitted. */
const forgetCopy = (token: string) => {
  try {
    sessionStorage.removeItem(`pmo.offline.response.${deviceSlot(token)}`);
  } catch {
    // No storage: nothing kept.
  }
};

/** Forgets the device key this browser holds for a link (it no longer opens anything here). */
const forgetDeviceKey = (token: string) => {
  memoryKeys.delete(token);
  try {
    localStorage.removeItem(deviceSlot(token));
  } catch {
    // No storage: the key lived in memory only.
  }
};

/**
 * Forgets everything this browser holds for a link: the device key, this tab's copy of the
 * response, its unsaved changes and the token itself. After a submission nothing that could read
 * the answers back stays behind, for the next user of a shared computer.
 */
export const forgetLink = (token: string) => {
  forgetDeviceKey(token);
  forgetCopy(token);
  forgetTabLink();
};

/**
 * A refusal that means the link no longer opens here: moved to another device (403), withdrawn
 * (404) or expired (410). The copy and the key go; on a move the tab keeps the token, which the
 * "continue on this device" form still needs.
 */
const forgetRefused = (token: string, e: unknown) => {
  if (!(e instanceof ApiFailure)) return;
  if ([403, 404, 410].includes(e.status)) {
    forgetCopy(token);
    forgetDeviceKey(token);
  }
  if (e.status === 404 || e.status === 410) forgetTabLink();
};

export const getResponse = async (token: string) => {
  try {
    const doc = await withLastCopy(
      `response.${deviceSlot(token)}`,
      () => request<ResponseDocument>('/api/response', { headers: linkHeaders(token) }),
      withoutKey,
    );
    // A submitted questionnaire is final: nothing of it stays in this browser.
    if (doc.submittedAt) forgetLink(token);
    return doc;
  } catch (e) {
    forgetRefused(token, e);
    throw e;
  }
};
export const saveResponse = async (token: string, body: SaveResponseRequest) => {
  try {
    return keepDeviceKey(
      token,
      await request<ResponseDocument>('/api/response', { method: 'PUT', body, headers: linkHeaders(token) }),
    );
  } catch (e) {
    forgetRefused(token, e);
    throw e;
  }
};
/** Submits, then forgets everything this browser held for the link (the answers are final). */
export const submitResponse = async (token: string, body: SaveResponseRequest) => {
  try {
    const doc = await request<ResponseDocument>('/api/response/submit', {
      method: 'POST',
      body,
      headers: linkHeaders(token),
    });
    forgetLink(token);
    return withoutKey(doc);
  } catch (e) {
    forgetRefused(token, e);
    throw e;
  }
};
/**
 * On the bound device: erases this stakeholder's personal data and draft (a submission stays
 * counted, anonymously). Nothing of the link stays in this browser afterwards.
 */
export const eraseResponse = async (token: string) => {
  await request<void>('/api/response', { method: 'DELETE', headers: linkHeaders(token) });
  forgetLink(token);
};
/** On the bound device: a one-time code (10 minutes) that moves the link to another device. */
export const startTransfer = (token: string) =>
  request<{ code: string; expiresAt: string }>('/api/response/transfer', {
    method: 'POST',
    headers: linkHeaders(token),
  });
/** On the new device: trades the code for this browser's own device key. */
export const redeemTransfer = async (token: string, code: string) =>
  keepDeviceKey(
    token,
    await request<ResponseDocument>('/api/response/transfer/redeem', {
      method: 'POST',
      body: { code },
      headers: { 'x-invite-token': token },
    }),
  );
