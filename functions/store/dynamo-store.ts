import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Assessments } from './dynamo/assessments';
import { Calibration } from './dynamo/calibration/calibration';
import { composedOf } from './dynamo/compose';
import { Benchmark } from './dynamo/deliverables/benchmark';
import { Branding } from './dynamo/deliverables/branding';
import { ShareLinks } from './dynamo/deliverables/share-links';
import { Targets } from './dynamo/deliverables/targets';
import { Mail } from './dynamo/mail';
import { Organisations } from './dynamo/organisations';
import { Privacy } from './dynamo/privacy';
import { Responses } from './dynamo/responses';
import { Stakeholders } from './dynamo/stakeholders';
import type { Store } from './port';

/** The store's parts, one per aggregate, each over the same table. */
const partsOver = (db: DynamoDBDocumentClient, tableName: string) =>
  [
    new Assessments(db, tableName),
    new Stakeholders(db, tableName),
    new Responses(db, tableName),
    new Mail(db, tableName),
    new Organisations(db, tableName),
    new Privacy(db, tableName),
    // The deliverables (issue 13): share links, firm branding, targets, the opt-in benchmark.
    new ShareLinks(db, tableName),
    new Branding(db, tableName),
    new Targets(db, tableName),
    new Benchmark(db, tableName),
    // From survey to validated findings: the evidence register, agreed levels and their audit trail.
    new Calibration(db, tableName),
  ] as const;

/**
 * The store over one DynamoDB table, the one object the hosts construct: every method is a bounded
 * number of GetItem, Query or transaction calls, made by the part that owns its aggregate.
 * `implements Store` holds the composition: a Store method that no part implements, or implements
 * with another signature, does not compile.
 */
export class DynamoStore extends composedOf(partsOver) implements Store {
  constructor(
    /** The one client every part sends through: whoever observes it sees every request. */
    readonly db: DynamoDBDocumentClient,
    tableName: string,
  ) {
    super(db, tableName);
  }
}
