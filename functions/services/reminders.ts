import type { Store } from '../store/port';
import { remindPending } from './invitations';

/** The store methods the reminder job calls; its IAM policy is derived from this list. */
export const REMINDER_STORE_METHODS = [
  'listOpenAssessments',
  'listStakeholders',
  'queueReminder',
] as const satisfies readonly (keyof Store)[];

export interface ReminderRun {
  assessments: number;
  sent: number;
}

/** Due dates passed more than this many days ago are no longer reminded. */
const GRACE_DAYS = 7;

/**
 * Reminds the stakeholders of every open assessment who have not submitted, at most once per
 * reminder interval. Reads the sparse "open" index page by page: closed assessments cost nothing.
 */
export const runReminders = async (deps: {
  store: Pick<Store, (typeof REMINDER_STORE_METHODS)[number]>;
  now: () => Date;
}): Promise<ReminderRun> => {
  const run: ReminderRun = { assessments: 0, sent: 0 };
  const today = deps.now().getTime();
  let cursor: string | null = null;
  do {
    const page = await deps.store.listOpenAssessments(50, cursor);
    for (const assessment of page.items) {
      if (assessment.dueDate && Date.parse(assessment.dueDate) + GRACE_DAYS * 86_400_000 < today) continue;
      run.assessments++;
      const stakeholders = await deps.store.listStakeholders(assessment.id);
      run.sent += await remindPending(deps, assessment, stakeholders);
    }
    cursor = page.cursor;
  } while (cursor);
  return run;
};
