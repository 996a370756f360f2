import { useState } from 'preact/hooks';
import { ROLE_NAME, STAKEHOLDER_ROLES, type StakeholderRole } from '../../../functions/contract/roles';
import { ApiFailure, addStakeholder, type Invite } from '../api/client';

interface Line {
  role: StakeholderRole;
  name?: string;
  email?: string;
}

const ROLE_BY_WORD = new Map<string, StakeholderRole>([
  ...STAKEHOLDER_ROLES.map((r) => [r, r] as const),
  ...STAKEHOLDER_ROLES.map((r) => [ROLE_NAME[r].toLowerCase(), r] as const),
  ['pm', 'project-manager'],
  ['manager', 'management'],
  ['exec', 'executive'],
  ['team', 'team-member'],
]);

/** Reads "role, name, e-mail" lines (name and e-mail optional, any order after the role). */
export const parseLines = (text: string): { lines: Line[]; errors: string[] } => {
  const lines: Line[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const parts = raw
      .split(/[,;\t]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    const role = ROLE_BY_WORD.get((parts[0] ?? '').toLowerCase());
    if (!role) {
      errors.push(`Line ${i + 1}: "${parts[0]}" is not a role (${STAKEHOLDER_ROLES.join(', ')}).`);
      return;
    }
    const email = parts.slice(1).find((p) => p.includes('@'));
    const name = parts.slice(1).find((p) => !p.includes('@'));
    lines.push({ role, ...(name ? { name } : {}), ...(email ? { email } : {}) });
  });
  return { lines, errors };
};

/** Invites many stakeholders at once and lists their links (shown only now). */
export const BulkInvite = ({ assessmentId, onDone }: { assessmentId: string; onDone: () => void }) => {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<{ line: Line; invite?: Invite; error?: string }[]>([]);
  const { lines, errors } = parseLines(text);

  const run = async () => {
    setBusy(true);
    const done: typeof results = [];
    for (const line of lines) {
      try {
        done.push({ line, invite: await addStakeholder(assessmentId, line) });
      } catch (e) {
        done.push({ line, error: e instanceof ApiFailure ? e.message : String(e) });
      }
      setResults([...done]);
    }
    setText('');
    setBusy(false);
    onDone();
  };

  const asText = results
    .filter((r) => r.invite)
    .map((r) => `${r.line.name ?? ROLE_NAME[r.line.role]}\t${r.line.email ?? ''}\t${r.invite?.inviteUrl}`)
    .join('\n');

  return (
    <details class="bulk-invite">
      <summary>Invite several at once</summary>
      <label for="bulk">One stakeholder per line: role, then name and e-mail if you have them</label>
      <textarea
        id="bulk"
        rows={5}
        placeholder={
          'executive, Helen Marsh, helen@client.example\nproject manager, Sofia Alves\nteam member'
        }
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      {errors.length > 0 && (
        <ul class="error">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="primary"
        disabled={busy || lines.length === 0 || errors.length > 0}
        onClick={run}
      >
        {busy
          ? `Inviting… (${results.length} of ${lines.length})`
          : `Invite ${lines.length} stakeholder${lines.length === 1 ? '' : 's'}`}
      </button>
      {results.length > 0 && (
        <div class="invite-link" role="status">
          <p>
            <strong>Personal invite links</strong> (shown only now; those with an e-mail were also sent by
            mail):
          </p>
          <ul>
            {results.map((r, i) => (
              <li key={`${i}-${r.line.role}`}>
                {r.line.name ?? ROLE_NAME[r.line.role]}:{' '}
                {r.invite ? <code>{r.invite.inviteUrl}</code> : <span class="error">{r.error}</span>}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => navigator.clipboard?.writeText(asText).catch(() => undefined)}>
            Copy all links
          </button>
        </div>
      )}
    </details>
  );
};
