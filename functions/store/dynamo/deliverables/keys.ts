import type { Industry, SizeBand } from '../../../contract/deliverables';
import { keys } from '../../table';

export const benchmarkPartition = (industry: Industry, sizeBand: SizeBand) => `BENCH#${industry}#${sizeBand}`;

export const deliverableKeys = {
  shareLink: (assessmentId: string, linkId: string) => ({
    pk: keys.assessmentPartition(assessmentId),
    sk: `SHARE#${linkId}`,
  }),
  shareLookup: (tokenHash: string) => ({ pk: `SHARE#${tokenHash}`, sk: 'SHARE' }),
  branding: (orgId: string) => ({ pk: keys.org(orgId), sk: 'BRANDING' }),
  targets: (assessmentId: string) => ({ pk: keys.assessmentPartition(assessmentId), sk: 'TARGETS' }),
  benchmarkConsent: (assessmentId: string) => ({
    pk: keys.assessmentPartition(assessmentId),
    sk: 'BENCHMARK',
  }),
  benchmarkCell: (industry: Industry, sizeBand: SizeBand) => ({
    pk: benchmarkPartition(industry, sizeBand),
    sk: 'CELL',
  }),
  benchmarkTenant: (industry: Industry, sizeBand: SizeBand, tenant: string) => ({
    pk: benchmarkPartition(industry, sizeBand),
    sk: `TENANT#${tenant}`,
  }),
} as const;
