import { RETENTION_DAYS } from '../contract/retention';
import type { Store } from '../store/port';
import type { AssessmentRecord } from '../store/records';
import { REMINDER_STORE_METHODS } from './reminders';

/** The store methods the retention sweep calls; with the reminders', the daily job's IAM policy. */
export const SWEEP_STORE_METHODS = [
  'listClosedAssessments',
  'listOpenAssessments',
  'listAssessments',
  'getPrivacySettings',
  'erasePersonalData',
  'scrubMail',
] as const satisfies readonly (keyof Store)[];

/** Everything the daily job (reminders, then the sweep) may call. */
export const DAILY_JOB_STORE_METHODS = [
  ...new Set([...REMINDER_STORE_METHODS, ...SWEEP_STORE_METHODS]),
] as readonly (keyof Store)[];

export interface SweepRun {
  organisations: number;
  chains: number;
  assessments: number;
  stakeholders: number;
  mails: number;
}

const DAY_MS = 86_400_000;
const PAGE = 100;

type SweepStore = Pick<Store, (typeof SWEEP_STORE_METHODS)[number]>;

/** The organisations a page-by-page read of an index names. */
const orgsOf = async (
  read: (cursor: string | null) => Promise<{ items: AssessmentRecord[]; cursor: string | null }>,
  into: Set<string>,
) => {
  let cursor: string | null = null;
  do {
    const page = await read(cursor);
    for (const a of page.items) into.add(a.orgId);
    cursor = page.cursor;
  } while (cursor);
};

/** Every assessment of an organisation (its own partition, page by page). */
const allAssessments = async (store: SweepStore, orgId: string): Promise<AssessmentRecord[]> => {
  const all: AssessmentRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listAssessments(orgId, { limit: PAGE, cursor });
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
};

/** A client's chains: an assessment and its follow-ups (linked through baselineId), grouped. */
export const chainsOf = (assessments: readonly AssessmentRecord[]): AssessmentRecord[][] => {
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const rootOf = (a: AssessmentRecord): string => {
    const seen = new Set<string>();
    let at = a;
    while (at.baselineId && byId.has(at.baselineId) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.baselineId) as AssessmentRecord;
    }
    return at.id;
  };
  const chains = new Map<string, AssessmentRecord[]>();
  for (const a of assessments) {
    const root = rootOf(a);
    chains.set(root, [...(chains.get(root) ?? []), a]);
  }
  return [...chains.values()];
};

/** Still holds names or e-mail addresses from before its latest closure (or was never erased). */
const needsErasure = (a: AssessmentRecord) =>
  !a.personalDataErasedAt || (!!a.closedAt && a.personalDataErasedAt < a.closedAt);

/** A chain is due when every assessment in it is closed and the last closure is older than the retention. */
export const chainDue = (chain: readonly AssessmentRecord[], retentionDays: number, now: Date): boolean => {
  if (chain.some((a) => a.status !== 'closed' || !a.closedAt)) return false;
  const last = Math.max(...chain.map((a) => Date.parse(a.closedAt as string)));
  return now.getTime() - last > retentionDays * DAY_MS && chain.some(needsErasure);
};

/**
 * Erases stakeholders' names and e-mail addresses once a client's chain of assessments has been
 * closed for longer than its organisation's retention; answers, counts and results stay.
 *
 * It reads no table scan: the sparse "closed" index names the organisations with a closed
 * assessment older than the shortest retention and not yet erased; the "open" index names the
 * organisations still working, so assessments closed before the closed index existed (which have
 * no entry) are found through their organisation's own listing (the one-off backfill). For each
 * organisation named: one GetItem of its retention and its assessments' pages, from which the
 * chains are built; the erasure itself is a Query and an UpdateItem per stakeholder holding a name
 * or address, an UpdateItem per assessment and the scrub of the organisation's recent mail.
 */
export const sweepPersonalData = async (deps: { store: SweepStore; now: () => Date }): Promise<SweepRun> => {
  const clock = deps.now();
  const now = clock.toISOString();
  const run: SweepRun = { organisations: 0, chains: 0, assessments: 0, stakeholders: 0, mails: 0 };
  const closedBefore = new Date(clock.getTime() - RETENTION_DAYS.min * DAY_MS).toISOString();
  const orgs = new Set<string>();
  await orgsOf((cursor) => deps.store.listClosedAssessments(closedBefore, PAGE, cursor), orgs);
  await orgsOf((cursor) => deps.store.listOpenAssessments(PAGE, cursor), orgs);

  for (const orgId of orgs) {
    run.organisations++;
    const retention = (await deps.store.getPrivacySettings(orgId))?.retentionDays ?? RETENTION_DAYS.default;
    for (const chain of chainsOf(await allAssessments(deps.store, orgId))) {
      if (!chainDue(chain, retention, clock)) continue;
      run.chains++;
      const stakeholderIds: string[] = [];
      const emails: string[] = [];
      for (const assessment of chain.filter(needsErasure)) {
        const erased = await deps.store.erasePersonalData(assessment, now);
        run.assessments++;
        run.stakeholders += erased.stakeholderIds.length;
        stakeholderIds.push(...erased.stakeholderIds);
        emails.push(...erased.emails);
      }
      // Mail items expire (TTL) long before a retention ends, but TTL removes them lazily: scrub any left.
      const since = chain.map((a) => a.createdAt).sort()[0] as string;
      run.mails += await deps.store.scrubMail(orgId, { stakeholderIds, emails: [...new Set(emails)] }, since);
    }
  }
  return run;
};
