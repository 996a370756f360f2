import type { Context } from 'hono';
import * as z from 'zod';
import { STAKEHOLDER_ROLES } from '../../contract/answers';
import type { ResponseDocument } from '../../contract/assessments';
import { MIN_GROUP_SIZE } from '../../core/group-size';
import { questionnaireFor } from '../../core/questionnaire';
import { eraseInvitation } from '../../services/privacy';
import {
  DeviceKey,
  hashToken,
  InviteToken,
  newDeviceKey,
  newTransferCode,
  normaliseTransferCode,
  sameHash,
} from '../../services/tokens';
import type { AssessmentRecord, ResponseContext, StakeholderRecord } from '../../store/records';
import { ApiError } from '../http/errors';
import type { Handlers, Input } from '../http/mount';
import { deviceMismatch } from '../http/store-errors';
import { parse } from '../http/validate';
import type { ROUTES } from '../route-table';
import type { WorkspaceDeps } from '../types';

/** Invite links stop working this many days after their assessment closes. */
export const LINK_DAYS_AFTER_CLOSE = 30;
/** A transfer code works this long, once. */
export const TRANSFER_CODE_MINUTES = 10;

const INVITE_HEADER = 'x-invite-token';
const DEVICE_HEADER = 'x-device-key';

const invalidInvite = () =>
  new ApiError(
    404,
    'invite_not_found',
    'This invitation link is not valid: it may have been revoked or replaced.',
  );

const expiredInvite = () =>
  new ApiError(
    410,
    'invite_expired',
    `This invitation link has expired: links stop working ${LINK_DAYS_AFTER_CLOSE} days after the survey closes.`,
  );

/**
 * The response as its own device sees it. Once submitted, nothing of it comes back through the link
 * (a later user of the same browser, or anyone holding link and key, reads only that it was sent).
 */
const toDocument = ({ assessment: a, stakeholder: s, firmName }: ResponseContext): ResponseDocument => ({
  ...frame({ assessment: a, stakeholder: s, firmName }),
  contestedAt: s.contestedAt ?? null,
  answers: s.submittedAt ? {} : s.answers,
  notes: s.submittedAt ? {} : s.notes,
  expectations: s.submittedAt ? [] : s.expectations,
  handedOn: s.submittedAt ? [] : (s.handedOn ?? []),
  importance: s.submittedAt ? {} : (s.importance ?? {}),
  version: s.version,
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
});

/**
 * What a link shows to a browser without its device key: the questionnaire's frame and an empty
 * response, the same whether the link was never used, is being answered on another device, or was
 * submitted. So reading a link tells the consultant (who holds every link) nothing of what its
 * stakeholder did; only a write can, and a write binds an unused link, which the stakeholder sees.
 */
const blankDocument = (link: ResponseContext & { invite: { createdAt: string } }): ResponseDocument => ({
  ...frame(link),
  answers: {},
  notes: {},
  expectations: [],
  handedOn: [],
  importance: {},
  version: 1,
  submittedAt: null,
  updatedAt: link.invite.createdAt,
});

/** The parts of a response document that are the consultant's doing, not the stakeholder's. */
const frame = ({ assessment: a, stakeholder: s, firmName }: ResponseContext) => ({
  assessment: {
    clientName: a.clientName,
    status: a.status,
    dueDate: a.dueDate,
    minGroupSize: Math.max(MIN_GROUP_SIZE, a.minGroupSize),
    language: a.language ?? 'en',
    questionnaireVersion: a.questionnaireVersion,
    invitedBy: firmName ?? null,
  },
  stakeholder: { role: s.role, name: s.name },
});

/** The importance ratings a save sets (it replaces the saved ones; a null leaves a dimension unrated). */
const importanceSet = (sent: Record<string, number | null>): Record<string, number> =>
  Object.fromEntries(Object.entries(sent).filter((e): e is [string, number] => typeof e[1] === 'number'));

/** Answers and notes name questions of the edition the assessment is answered in, and no other. */
const refuseOtherEdition = (
  a: AssessmentRecord,
  body: {
    answers?: Record<string, unknown>;
    notes?: Record<string, unknown>;
    handedOn?: string[];
    importance?: Record<string, unknown>;
  },
) => {
  const edition = questionnaireFor(a.questionnaireVersion);
  const ids = new Set(edition.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const outside = (id: string) => !ids.has(id);
  const dimensions = new Set(edition.dimensions.map((d) => d.id));
  const issues = [
    ...Object.keys(body.importance ?? {})
      .filter((id) => !dimensions.has(id))
      .map((id) => ({ path: `importance.${id}`, message: `not a dimension of edition ${edition.version}` })),
    ...(['answers', 'notes'] as const).flatMap((field) =>
      Object.keys(body[field] ?? {})
        .filter(outside)
        .map((id) => ({ path: `${field}.${id}`, message: `not a question of edition ${edition.version}` })),
    ),
    ...(body.handedOn ?? []).flatMap((id, i) =>
      outside(id) ? [{ path: `handedOn.${i}`, message: `not a question of edition ${edition.version}` }] : [],
    ),
    // A question handed on carries no rating: answering it means taking it back.
    ...(body.handedOn ?? []).flatMap((id, i) =>
      body.answers?.[id] !== undefined && body.answers[id] !== null
        ? [{ path: `handedOn.${i}`, message: 'a question cannot be both answered and handed on' }]
        : [],
    ),
  ];
  const [first] = issues;
  if (first)
    throw new ApiError(
      400,
      'invalid_request',
      `The request is invalid (${first.path}: ${first.message}).`,
      issues,
    );
};

const linkExpired = (a: AssessmentRecord, now: Date): boolean =>
  a.status === 'closed' &&
  !!a.closedAt &&
  now.getTime() > Date.parse(a.closedAt) + LINK_DAYS_AFTER_CLOSE * 86_400_000;

/**
 * Stakeholder routes. The invite token travels in the X-Invite-Token header (never in a path, so
 * no access log, Referer or browser history keeps it); once a device has written, the link answers
 * only to that device's X-Device-Key.
 */
export const responseHandlers = (
  deps: WorkspaceDeps,
): Pick<
  Handlers,
  | 'getResponse'
  | 'saveResponse'
  | 'submitResponse'
  | 'startDeviceTransfer'
  | 'redeemDeviceTransfer'
  | 'eraseResponse'
> => {
  /**
   * The live link behind the header: unknown, revoked, removed and replaced tokens all read as "not
   * valid"; an expired one is refused too unless the caller may still act on it (erasure).
   */
  const openLink = async (c: Context, options: { expired?: 'refuse' | 'allow' } = {}) => {
    const { token } = parse(
      z.object({ token: InviteToken }),
      { token: c.req.header(INVITE_HEADER) },
      'header',
    );
    const tokenHash = hashToken(token);
    const invite = await deps.store.findInvite(tokenHash);
    if (!invite) throw invalidInvite();
    const found = await deps.store.getResponseContext(
      invite.orgId,
      invite.assessmentId,
      invite.stakeholderId,
    );
    if (found?.stakeholder.status !== 'active' || !sameHash(found.stakeholder.tokenHash, tokenHash)) {
      throw invalidInvite();
    }
    if ((options.expired ?? 'refuse') === 'refuse' && linkExpired(found.assessment, deps.now()))
      throw expiredInvite();
    return { invite, tokenHash, ...found };
  };

  /**
   * The device the caller speaks for. Without a key header: null (a first visit, or someone else).
   * With one: its hash when it is the key the link is bound to, else 403 device_mismatch, whether
   * or not the link is bound at all, so a made-up key learns nothing either.
   */
  const sentDevice = (c: Context, s: StakeholderRecord): string | null => {
    const header = c.req.header(DEVICE_HEADER);
    if (header === undefined) return null;
    const sent = DeviceKey.safeParse(header);
    if (!sent.success || !s.deviceKeyHash || !sameHash(hashToken(sent.data), s.deviceKeyHash))
      throw deviceMismatch();
    return s.deviceKeyHash;
  };

  const save = async (
    c: Context,
    { body }: Input<(typeof ROUTES)['saveResponse' | 'submitResponse']>,
    submit: boolean,
  ) => {
    const link = await openLink(c);
    const device = sentDevice(c, link.stakeholder);
    refuseOtherEdition(link.assessment, body);
    // Without a key, a closed assessment answers the same for every link, used or not: no write can
    // happen, so none may tell (nor bind, which would be the visible price of asking).
    if (!device && link.assessment.status !== 'open')
      throw new ApiError(
        409,
        'assessment_closed',
        'The assessment is closed: nothing can change until it is reopened.',
      );
    if (!device && link.stakeholder.deviceKeyHash) {
      // Someone without the key wrote to a link in use (or submitted): refused, and the device that
      // holds it is told, so probing a link is never silent.
      await deps.store.markContested(
        link.invite.assessmentId,
        link.invite.stakeholderId,
        link.tokenHash,
        deps.now().toISOString(),
      );
      throw deviceMismatch();
    }
    // The first write binds the link to this browser: its key is returned once, only its hash kept.
    const deviceKey = device ? null : newDeviceKey();
    // One transaction checks that the assessment is open, the token and device still current, and saves.
    const saved = await deps.store.saveResponse(
      link.invite.orgId,
      link.invite.assessmentId,
      link.invite.stakeholderId,
      {
        ...(body.answers ? { answers: body.answers } : {}),
        ...(body.notes ? { notes: body.notes } : {}),
        ...(body.expectations ? { expectations: [...new Set(body.expectations)] } : {}),
        ...(body.handedOn ? { handedOn: [...new Set(body.handedOn)] } : {}),
        ...(body.importance ? { importance: importanceSet(body.importance) } : {}),
        ...(body.version !== undefined ? { expectedVersion: body.version } : {}),
        ...(body.requestId ? { requestId: body.requestId } : {}),
        ...(device ? { deviceKeyHash: device } : {}),
        ...(deviceKey ? { bindDeviceKeyHash: hashToken(deviceKey) } : {}),
        submit,
        ...(submit ? { firstCount: link.stakeholder.counted !== true } : {}),
        tokenHash: link.tokenHash,
      },
      deps.now().toISOString(),
    );
    return { ...toDocument(saved), ...(deviceKey ? { deviceKey } : {}) };
  };

  const startTransfer = async (c: Context) => {
    const link = await openLink(c);
    // Without a key the answer is the same whether or not the link is bound.
    const device = sentDevice(c, link.stakeholder);
    if (!device)
      throw new ApiError(
        409,
        'device_not_bound',
        'This link is not bound to a device yet: simply open it on the other device.',
      );
    const code = newTransferCode();
    const expiresAt = new Date(deps.now().getTime() + TRANSFER_CODE_MINUTES * 60_000).toISOString();
    await deps.store.startDeviceTransfer(
      link.invite.assessmentId,
      link.invite.stakeholderId,
      link.tokenHash,
      device,
      hashToken(code),
      expiresAt,
    );
    return { code, expiresAt };
  };

  const redeemTransfer = async (c: Context, { body }: Input<(typeof ROUTES)['redeemDeviceTransfer']>) => {
    const link = await openLink(c);
    const { code } = body;
    const deviceKey = newDeviceKey();
    const now = deps.now().toISOString();
    await deps.store.redeemDeviceTransfer(
      link.invite.assessmentId,
      link.invite.stakeholderId,
      link.tokenHash,
      hashToken(normaliseTransferCode(code)),
      hashToken(deviceKey),
      now,
    );
    const moved = await deps.store.getResponseContext(
      link.invite.orgId,
      link.invite.assessmentId,
      link.invite.stakeholderId,
    );
    if (!moved) throw invalidInvite();
    return { ...toDocument(moved), deviceKey };
  };

  /**
   * The stakeholder erases their own invitation. Only the bound device may: without its key the
   * answer is 403 device_mismatch whatever the link's state (never used, in use, submitted, closed
   * or past its expiry), so asking reveals nothing. The link is read as the other routes read it,
   * but an expired one may still be erased.
   */
  const eraseOwn = async (c: Context) => {
    const found = await openLink(c, { expired: 'allow' });
    if (!sentDevice(c, found.stakeholder)) throw deviceMismatch();
    await eraseInvitation(deps, found.stakeholder);
    return undefined;
  };

  return {
    eraseResponse: (c) => eraseOwn(c),
    getResponse: async (c) => {
      const link = await openLink(c);
      const device = sentDevice(c, link.stakeholder);
      // Before answering, a stakeholder sees how many people of each role were invited: whom their
      // answers are published among (the consultant's doing, so the same on every read).
      const invitations = await deps.store.listStakeholderProgress(link.invite.assessmentId);
      const hiddenAmong = STAKEHOLDER_ROLES.flatMap((role) => {
        const invited = invitations.filter((s) => s.role === role && s.status === 'active').length;
        return invited > 0 ? [{ role, invited }] : [];
      });
      return { ...(device ? toDocument(link) : blankDocument(link)), hiddenAmong };
    },
    saveResponse: (c, input) => save(c, input, false),
    submitResponse: (c, input) => save(c, input, true),
    startDeviceTransfer: (c) => startTransfer(c),
    redeemDeviceTransfer: (c, input) => redeemTransfer(c, input),
  };
};
