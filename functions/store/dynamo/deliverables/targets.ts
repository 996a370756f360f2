import type { TargetsRecord } from '../../deliverable-records';
import { TableContext } from '../table-context';
import { deliverableKeys } from './keys';

/** The target level per dimension leadership agreed, one item per assessment; the last save wins. */
export class Targets extends TableContext {
  getTargets(assessmentId: string): Promise<TargetsRecord | null> {
    return this.getOne<TargetsRecord>(deliverableKeys.targets(assessmentId));
  }

  putTargets(record: TargetsRecord): Promise<void> {
    return this.putOne({ ...record, ...deliverableKeys.targets(record.assessmentId) });
  }
}
