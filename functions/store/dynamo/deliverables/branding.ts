import type { BrandingRecord } from '../../deliverable-records';
import { TableContext } from '../table-context';
import { deliverableKeys } from './keys';

/** The firm's branding (name, logo, accent colour), one item per organisation; the last save wins. */
export class Branding extends TableContext {
  getBranding(orgId: string): Promise<BrandingRecord | null> {
    return this.getOne<BrandingRecord>(deliverableKeys.branding(orgId));
  }

  putBranding(record: BrandingRecord): Promise<void> {
    return this.putOne({ ...record, ...deliverableKeys.branding(record.orgId) });
  }
}
