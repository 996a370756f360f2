import type { ErrorBody } from '../../../functions/contract/api';
import type {
  BenchmarkConsentRequest,
  BenchmarkView,
  Branding,
  BrandingRequest,
  CreatedShareLink,
  Portfolio,
  SharedReport,
  ShareLinkView,
  Targets,
  TargetsRequest,
} from '../../../functions/contract/deliverables';
import { language } from '../i18n';
import { ApiFailure, request } from './client';

export type { BenchmarkView, Branding, CreatedShareLink, Portfolio, SharedReport, ShareLinkView, Targets };

export const createShareLink = (id: string, body: { label?: string; expiresInDays?: number }) =>
  request<CreatedShareLink>(`/api/assessments/${id}/share-links`, { method: 'POST', body });
export const listShareLinks = (id: string) =>
  request<{ items: ShareLinkView[] }>(`/api/assessments/${id}/share-links`);
export const revokeShareLink = (id: string, linkId: string) =>
  request<ShareLinkView>(`/api/assessments/${id}/share-links/${linkId}/revoke`, { method: 'POST' });

export const getBranding = () => request<Branding>('/api/branding');
export const putBranding = (body: BrandingRequest) =>
  request<Branding>('/api/branding', { method: 'PUT', body });

export const getPortfolio = () => request<Portfolio>('/api/portfolio?limit=50');

export const getTargets = (id: string) => request<Targets>(`/api/assessments/${id}/targets`);
export const putTargets = (id: string, body: TargetsRequest) =>
  request<Targets>(`/api/assessments/${id}/targets`, { method: 'PUT', body });

export const getBenchmark = (id: string) => request<BenchmarkView>(`/api/assessments/${id}/benchmark`);
export const putBenchmark = (id: string, body: BenchmarkConsentRequest) =>
  request<BenchmarkView>(`/api/assessments/${id}/benchmark`, { method: 'PUT', body });

/** The shared report: the token goes in a header, never in a URL a server or a log could keep. */
export const getSharedReport = async (token: string): Promise<SharedReport> => {
  let res: Response;
  try {
    res = await fetch(`/api/share?lang=${language.value}`, { headers: { 'x-share-token': token } });
  } catch {
    throw new ApiFailure(0, 'offline', 'The server cannot be reached. Check your connection.');
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const error = (json as ErrorBody | undefined)?.error;
    throw new ApiFailure(
      res.status,
      error?.code ?? 'http_error',
      error?.message ?? `Request failed (${res.status}).`,
    );
  }
  return json as SharedReport;
};
