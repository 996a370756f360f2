import { useState } from 'preact/hooks';
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../../../functions/contract/roles';
import { ApiFailure } from '../../api/client';
import { addStakeholder } from '../../api/consultant';
import { t } from '../../i18n';
import { type IssuedLink, roleName } from '../invite-links';
import { toLink } from './issued-link';

/** Invites one person: a role, and optionally a name and an e-mail; the new link is handed up. */
export const InviteForm = ({
  assessmentId,
  onIssued,
}: {
  assessmentId: string;
  onIssued: (links: IssuedLink[]) => void;
}) => {
  const [role, setRole] = useState<StakeholderRole>('project-manager');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);

  const add = async (e: Event) => {
    e.preventDefault();
    setAdding(true);
    try {
      const invite = await addStakeholder(assessmentId, {
        role,
        ...(name ? { name } : {}),
        ...(email ? { email } : {}),
      });
      onIssued([toLink({ id: invite.id, role, name: name || null, email: email || null })(invite)]);
      setAddError(null);
      setName('');
      setEmail('');
    } catch (err) {
      setAddError(err instanceof ApiFailure || err instanceof Error ? err.message : String(err));
    } finally {
      setAdding(false);
    }
  };

  return (
    <>
      <form onSubmit={add} class="inline-form">
        <div class="field">
          <label for="role">{t('workspace.invite.role')}</label>
          <select
            id="role"
            value={role}
            onChange={(e) => setRole((e.target as HTMLSelectElement).value as StakeholderRole)}
          >
            {STAKEHOLDER_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="name">{t('workspace.invite.name')}</label>
          <input
            id="name"
            value={name}
            maxLength={200}
            autocomplete="off"
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="email">{t('workspace.invite.email')}</label>
          <input
            id="email"
            type="email"
            value={email}
            autocomplete="off"
            aria-describedby="email-hint"
            onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="primary" disabled={adding}>
          {adding ? t('workspace.invite.busy') : t('workspace.invite.submit')}
        </button>
      </form>
      <p class="muted small-print" id="email-hint">
        {t('workspace.invite.emailHint')}
      </p>
      {addError && (
        <p role="alert" class="error-box">
          {addError}
        </p>
      )}
    </>
  );
};
