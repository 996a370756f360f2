import { useState } from 'preact/hooks';
import { ROLE_NAME, STAKEHOLDER_ROLES, type StakeholderRole } from '../../../functions/contract/roles';
import { ApiFailure } from '../api/client';
import { addStakeholder } from '../api/consultant';
import { t } from '../i18n';
import '../i18n/workspace';
import { InviteLinks, type IssuedLink, roleName, whoOf } from './invite-links';
import './bulk-invite.css';

interface Line {
  role: StakeholderRole;
  name?: string;
  email?: string;
}

/** Role words: the ids, the English names, a few short forms, and the names in the reader's language. */
const roleByWord = (): Map<string, StakeholderRole> =>
  new Map<string, StakeholderRole>([
    ...STAKEHOLDER_ROLES.map((r) => [r, r] as const),
    ...STAKEHOLDER_ROLES.map((r) => [ROLE_NAME[r].toLowerCase(), r] as const),
    ['pm', 'project-manager'],
    ['manager', 'management'],
    ['exec', 'executive'],
    ['team', 'team-member'],
    ...STAKEHOLDER_ROLES.map((r) => [roleName(r).toLowerCase(), r] as const),
  ]);

/** Reads "role, name, e-mail" lines (name and e-mail optional, any order after the role). */
export const parseLines = (text: string): { lines: Line[]; errors: string[] } => {
  const lines: Line[] = [];
  const errors: string[] = [];
  const words = roleByWord();
  text.split('\n').forEach((raw, i) => {
    const parts = raw
      .split(/[,;\t]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    const role = words.get((parts[0] ?? '').toLowerCase());
    if (!role) {
      errors.push(
        t('workspace.bulk.notRole', {
          line: String(i + 1),
          word: parts[0] ?? '',
          roles: STAKEHOLDER_ROLES.map((r) => roleName(r).toLowerCase()).join(', '),
        }),
      );
      return;
    }
    const email = parts.slice(1).find((p) => p.includes('@'));
    const name = parts.slice(1).find((p) => !p.includes('@'));
    lines.push({ role, ...(name ? { name } : {}), ...(email ? { email } : {}) });
  });
  return { lines, errors };
};

const lineText = (l: Line) => [roleName(l.role).toLowerCase(), l.name, l.email].filter(Boolean).join(', ');

/** Invites many stakeholders at once and lists their links (shown only now). */
export const BulkInvite = ({
  assessmentId,
  clientName,
  onDone,
}: {
  assessmentId: string;
  clientName: string;
  onDone: () => void;
}) => {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [issued, setIssued] = useState<IssuedLink[]>([]);
  const [failed, setFailed] = useState<{ line: Line; error: string }[]>([]);
  const { lines, errors } = parseLines(text);

  const run = async () => {
    const links: IssuedLink[] = [];
    const failures: { line: Line; error: string }[] = [];
    setBusy({ done: 0, total: lines.length });
    for (const [i, line] of lines.entries()) {
      try {
        const invite = await addStakeholder(assessmentId, line);
        links.push({
          id: invite.id,
          role: line.role,
          name: line.name ?? null,
          email: line.email ?? null,
          url: invite.inviteUrl,
          emailed: invite.emailed,
        });
      } catch (e) {
        failures.push({ line, error: e instanceof ApiFailure ? e.message : String(e) });
      }
      setBusy({ done: i + 1, total: lines.length });
    }
    setIssued(links);
    setFailed(failures);
    // The lines that failed go back in the box, to be corrected and sent again.
    setText(failures.map((f) => lineText(f.line)).join('\n'));
    setBusy(null);
    onDone();
  };

  const placeholder = t('workspace.bulk.placeholder', {
    executive: roleName('executive').toLowerCase(),
    projectManager: roleName('project-manager').toLowerCase(),
    teamMember: roleName('team-member').toLowerCase(),
  });

  return (
    <details class="bulk-invite">
      <summary>{t('workspace.bulk.summary')}</summary>
      <label for="bulk">{t('workspace.bulk.label')}</label>
      <textarea
        id="bulk"
        rows={5}
        placeholder={placeholder}
        value={text}
        aria-describedby={errors.length > 0 ? 'bulk-errors' : undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      {errors.length > 0 && (
        <ul class="error" id="bulk-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div>
        <button
          type="button"
          class="primary"
          disabled={busy !== null || lines.length === 0 || errors.length > 0}
          onClick={run}
        >
          {busy ? t('workspace.bulk.busy', busy) : t('workspace.bulk.submit', { count: lines.length })}
        </button>
      </div>
      {failed.length > 0 && (
        <div role="alert" class="error-box">
          <p>{t('workspace.bulk.failed', { count: failed.length })}</p>
          <ul>
            {failed.map((f, i) => (
              <li key={`${i}-${f.line.role}`}>
                {t('workspace.bulk.failedLine', {
                  who: whoOf({ name: f.line.name ?? null, role: f.line.role }),
                  error: f.error,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {issued.length > 0 && (
        <InviteLinks links={issued} clientName={clientName} onDone={() => setIssued([])} focusOnShow />
      )}
    </details>
  );
};
