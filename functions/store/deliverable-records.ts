import type { Industry, SizeBand } from '../contract/deliverables';

/** A read-only link to one assessment's report; the token is stored only as its SHA-256. */
export interface ShareLinkRecord {
  id: string;
  orgId: string;
  assessmentId: string;
  tokenHash: string;
  label: string | null;
  createdBy: string;
  createdAt: string;
  /** ISO time after which the link is refused. */
  expiresOn: string;
  revokedAt: string | null;
  views: number;
  lastViewedAt: string | null;
}

/** Points from a share token's hash to its link; deleted on revoke, and by TTL after expiry. */
export interface ShareLookupRecord {
  tokenHash: string;
  orgId: string;
  assessmentId: string;
  linkId: string;
  expiresOn: string;
}

export interface BrandingRecord {
  orgId: string;
  firmName: string;
  accent: string;
  logo: string | null;
  updatedAt: string;
}

export interface TargetsRecord {
  assessmentId: string;
  dimensions: Record<string, number>;
  date: string | null;
  updatedAt: string;
  updatedBy: string;
}

/**
 * The client's benchmark consent, on the client's own assessment. `contribution` remembers the
 * histogram bins added to the cell (the client's own scores, kept in its own partition) so that a
 * withdrawal can take exactly them out again; the cell itself holds counts only.
 */
export interface BenchmarkConsentRecord {
  assessmentId: string;
  consent: boolean;
  industry: Industry;
  sizeBand: SizeBand;
  updatedAt: string;
  contribution: { industry: Industry; sizeBand: SizeBand; bins: Record<string, number> } | null;
}

/** One benchmark cell: how many organisations, and per dimension a histogram of their scores. */
export interface BenchmarkCell {
  organisations: number;
  /** dimension id → bin index → organisations whose score falls in that bin. */
  histograms: Record<string, Record<number, number>>;
}
