import type { StakeholderRole } from '../../../../functions/contract/roles';
import type { StakeholderView } from '../../api/client';
import type { IssuedLink } from '../invite-links';

/** The confirmation the workspace is asking for, if any: one dialog at a time. */
export type Confirming =
  | { kind: 'remind' }
  | { kind: 'close' }
  | { kind: 'followUp' }
  | { kind: 'revoke' | 'reissue' | 'remove' | 'erase'; stakeholder: StakeholderView };

/** A page message: good news fades, a failure stays until dismissed. */
export type PageMessage = { text: string; error?: boolean };

/** A freshly issued invite as the invite-links panel shows it, with whom it is for. */
export const toLink =
  (s: { id: string; role: StakeholderRole; name: string | null; email: string | null }) =>
  (invite: { inviteUrl: string; emailed: boolean }): IssuedLink => ({
    id: s.id,
    role: s.role,
    name: s.name,
    email: s.email,
    url: invite.inviteUrl,
    emailed: invite.emailed,
  });
