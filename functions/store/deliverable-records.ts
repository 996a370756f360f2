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

/** The bins one client adds to a benchmark cell: per dimension, the index of its score's bin. */
export interface BenchmarkContribution {
  industry: Industry;
  sizeBand: SizeBand;
  bins: Record<string, number>;
  /** SHA-256 of the consultant organisation (fixed product prefix): which tenant item holds it. */
  tenant: string;
  /** The cell's fold count when it was added: still equal at withdrawal means it was never published. */
  epoch: number;
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
  contribution: BenchmarkContribution | null;
}

/** Counts of contributions: how many, and per dimension bin index → how many fall in it. */
export interface BenchmarkCounts {
  contributions: number;
  histograms: Record<string, Record<number, number>>;
}

/**
 * One consultant organisation's share of a cell, keyed by the hash of its id only. `live` is every
 * contribution now held; `published` is what readers see, copied from `live` at each fold;
 * `pending` is how many contributions and withdrawals have not been published yet.
 */
export interface BenchmarkTenantShare {
  tenant: string;
  live: BenchmarkCounts;
  published: BenchmarkCounts;
  pending: number;
}

/** One benchmark cell: how many folds so far, and each tenant's counts (no id that leads back). */
export interface BenchmarkCell {
  epoch: number;
  /** Bumped by every contribution and withdrawal, so a fold can refuse when anything moved. */
  rev: number;
  tenants: BenchmarkTenantShare[];
}
