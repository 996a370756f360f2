import type { StakeholderRole } from '../contract/answers';
import { STAKEHOLDER_ROLES } from '../contract/answers';
import type { RespondentSet, ResponseRate } from '../contract/assessments';
import { MIN_GROUP_SIZE } from '../core/group-size';
import { type CountedResponse, publishedCounts } from '../core/publication';
import { withoutHandedOn } from '../core/questionnaire/route';
import type { RetiredSubmission, StakeholderRecord } from '../store/records';

/** What an assessment's results are built from: its invitations and the submissions of replaced links. */
export interface Submissions {
  stakeholders: readonly StakeholderRecord[];
  retired: readonly RetiredSubmission[];
}

/** A counted submission and the invitation it belongs to (null: a copy from before invitations were kept). */
export interface CountedSubmission extends CountedResponse {
  invitation: string | null;
  /** The optional importance ratings (published only as aggregates of at least k). */
  importance?: Readonly<Record<string, number>>;
}

/**
 * The submissions that count: one per invitation, its first, for good. Revoking, re-issuing and
 * removing keep it (a retired copy names its invitation); a later submission through a re-issued
 * link is kept but never counted, so one slot never stands for several respondents and the
 * consultant can never take one person out of the results and back in. Drafts never count.
 */
export const countedSubmissions = ({ stakeholders, retired }: Submissions): CountedSubmission[] => {
  const first = new Map<string, CountedSubmission>();
  const legacy: CountedSubmission[] = [];
  const offer = (candidate: CountedSubmission) => {
    if (candidate.invitation === null) return void legacy.push(candidate);
    const held = first.get(candidate.invitation);
    if (!held || candidate.submittedAt < held.submittedAt) first.set(candidate.invitation, candidate);
  };
  for (const r of retired)
    offer({
      role: r.role,
      answers: r.answers,
      expectations: r.expectations,
      ...(r.importance ? { importance: r.importance } : {}),
      submittedAt: r.submittedAt,
      invitation: r.stakeholderId ?? null,
    });
  for (const s of stakeholders)
    if (s.submittedAt)
      offer({
        role: s.role,
        // A question handed on ("not my area") is neither rated nor "don't know": never scored.
        answers: withoutHandedOn(s.answers, s.handedOn),
        expectations: s.expectations,
        ...(s.importance ? { importance: s.importance } : {}),
        submittedAt: s.submittedAt,
        invitation: s.id,
      });
  return [...legacy, ...first.values()];
};

const k = (minGroupSize: number) => Math.max(MIN_GROUP_SIZE, minGroupSize);

/**
 * Response progress as the consultant and the client see it: live invitations as they are (the
 * consultant made them), submissions only as the results publish them, in batches of k overall and,
 * per role, once the role's group is shown. No count moves by one person.
 */
export const responseProgress = (
  stakeholders: readonly Pick<StakeholderRecord, 'role' | 'status'>[],
  counted: readonly CountedResponse[],
  minGroupSize: number,
): ResponseRate => {
  const live = stakeholders.filter((s) => s.status === 'active');
  const { published, byRole } = publishedCounts(counted, k(minGroupSize));
  const rate = (submitted: number, invited: number) => (invited === 0 ? 0 : Math.min(1, submitted / invited));
  return {
    invited: live.length,
    submitted: published,
    overall: rate(published, live.length),
    byRole: STAKEHOLDER_ROLES.flatMap((role: StakeholderRole) => {
      const invited = live.filter((s) => s.role === role).length;
      const submitted = byRole.get(role) ?? null;
      if (invited === 0 && submitted === null) return [];
      return [{ role, invited, submitted, rate: submitted === null ? null : rate(submitted, invited) }];
    }),
  };
};

/** A list page's progress from the assessment's own counters: submissions in batches of k. */
export const progressFromCounts = (invited: number, counted: number, minGroupSize: number) => {
  const submitted = Math.floor(counted / k(minGroupSize)) * k(minGroupSize);
  return { invited, submitted, rate: invited === 0 ? 0 : Math.min(1, submitted / invited) };
};

/**
 * What the consultant did to the respondent set, as counts for the client: invitations made (live,
 * revoked, removed), links re-issued, and submissions counted (published, in batches of k). Copies
 * from before invitations were kept each stand for one removed invitation.
 */
export const respondentSetOf = (
  { stakeholders, retired }: Submissions,
  minGroupSize: number,
): RespondentSet => {
  const legacy = retired.filter((r) => !r.stakeholderId).length;
  const counted = countedSubmissions({ stakeholders, retired });
  return {
    invitations: stakeholders.length + legacy,
    live: stakeholders.filter((s) => s.status === 'active').length,
    revoked: stakeholders.filter((s) => s.status === 'revoked').length,
    removed: stakeholders.filter((s) => s.status === 'removed').length + legacy,
    reissued: stakeholders.reduce((n, s) => n + (s.reissues ?? 0), 0),
    submissions: publishedCounts(counted, k(minGroupSize)).published,
  };
};
