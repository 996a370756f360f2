import { useEffect, useRef, useState } from 'preact/hooks';
import type { StakeholderRole } from '../../../functions/contract/roles';
import { t } from '../i18n';
import '../i18n/workspace';
import { saveTextFile, slug, toCsv } from '../lib/csv';
import './invite-links.css';

/** A link just issued, with whom it is for: the server keeps only its hash, so this is the one chance. */
export interface IssuedLink {
  id: string;
  role: StakeholderRole;
  name: string | null;
  email: string | null;
  url: string;
  emailed: boolean;
}

export const roleName = (role: StakeholderRole): string => t(`role.${role}`);

/** "Priya Nair (Manager)", or "Manager (no name given)". */
export const whoOf = (s: { name: string | null; role: StakeholderRole }): string =>
  s.name
    ? t('workspace.links.who', { name: s.name, role: roleName(s.role) })
    : t('workspace.people.noName', { role: roleName(s.role) });

/** The links as "Name (role): URL" lines, for pasting into a mail or a chat. */
export const linksAsText = (links: readonly IssuedLink[]): string =>
  links.map((l) => `${whoOf(l)}: ${l.url}`).join('\n');

/** The links as CSV (name, e-mail, role, link), safe to open in a spreadsheet. */
export const linksAsCsv = (links: readonly IssuedLink[]): string =>
  toCsv([
    [t('workspace.csv.name'), t('workspace.csv.email'), t('workspace.csv.role'), t('workspace.csv.link')],
    ...links.map((l) => [l.name, l.email, roleName(l.role), l.url]),
  ]);

/** Follow-up links, handed from the assessment that started the follow-up to the follow-up's page. */
const handedOver = new Map<string, { id: string; inviteUrl: string; emailed: boolean }[]>();
export const handOverLinks = (
  assessmentId: string,
  invites: { id: string; inviteUrl: string; emailed: boolean }[],
) => handedOver.set(assessmentId, invites);
export const takeHandedOverLinks = (assessmentId: string) => {
  const invites = handedOver.get(assessmentId) ?? [];
  handedOver.delete(assessmentId);
  return invites;
};

const FEEDBACK_MS = 4000;
let panels = 0;

const writeClipboard = async (text: string): Promise<boolean> => {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};

const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * Freshly issued invite links, each with the person's name and role: copy one or all (with visible
 * and spoken feedback, and a selection to copy by hand where the clipboard is refused), share one
 * through the phone's share sheet, or download them all as CSV.
 */
export const InviteLinks = ({
  links,
  clientName,
  onDone,
  focusOnShow = false,
}: {
  links: readonly IssuedLink[];
  clientName: string;
  onDone?: () => void;
  /** Moves focus to the panel's heading when it appears (after a reissue, say). */
  focusOnShow?: boolean;
}) => {
  const [copied, setCopied] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const allText = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sharing = canShare();
  const [uid] = useState(() => `invite-links-${++panels}`);

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, links]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A live region announces changes only: the same sentence twice gets an invisible difference.
  const say = (message: string) =>
    setStatus((previous) => (previous === message ? `${message}\u00a0` : message));

  const flash = (key: string, message: string) => {
    setCopied(key);
    say(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setCopied(null);
      setStatus('');
    }, FEEDBACK_MS);
  };

  const copyOne = async (link: IssuedLink, input: HTMLInputElement | null) => {
    if (await writeClipboard(link.url))
      return flash(link.id, t('workspace.links.copiedOne', { who: whoOf(link) }));
    input?.focus();
    input?.select();
    setCopied(null);
    say(t('workspace.links.copyRefused'));
  };

  const copyAll = async () => {
    if (await writeClipboard(linksAsText(links))) {
      setShowAll(false);
      return flash('all', t('workspace.links.copiedAll', { count: links.length }));
    }
    setShowAll(true);
    setCopied(null);
    say(t('workspace.links.copyAllRefused'));
    setTimeout(() => {
      allText.current?.focus();
      allText.current?.select();
    }, 0);
  };

  const share = async (link: IssuedLink) => {
    try {
      await navigator.share({ text: t('workspace.links.shareText', { who: whoOf(link), url: link.url }) });
    } catch {
      // Closing the share sheet is a choice, not a failure.
    }
  };

  const download = () =>
    saveTextFile(linksAsCsv(links), `${t('workspace.csv.file')}-${slug(clientName)}.csv`);

  return (
    <section class="invite-links" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} ref={heading} tabIndex={-1}>
        {t('workspace.links.title', { count: links.length })}
      </h3>
      <p class="muted">{t('workspace.links.onlyNow')}</p>
      <ul class="link-list">
        {links.map((link) => {
          const who = whoOf(link);
          const inputId = `${uid}-${link.id}`;
          return (
            <li key={link.id}>
              <p class="link-who">
                <strong>{who}</strong>
                <span class="muted">
                  {' · '}
                  {link.emailed ? t('workspace.links.emailed') : t('workspace.links.notEmailed')}
                </span>
              </p>
              <div class="link-row">
                <input
                  id={inputId}
                  aria-label={t('workspace.links.linkFor', { who })}
                  readOnly
                  value={link.url}
                  onFocus={(e) => (e.target as HTMLInputElement).select()}
                />
                <button
                  type="button"
                  class={copied === link.id ? 'is-copied' : undefined}
                  aria-label={t(
                    copied === link.id ? 'workspace.links.copiedFor' : 'workspace.links.copyFor',
                    { who },
                  )}
                  onClick={(e) =>
                    copyOne(
                      link,
                      (e.currentTarget as HTMLElement).parentElement?.querySelector('input') ?? null,
                    )
                  }
                >
                  {copied === link.id ? t('workspace.links.copied') : t('workspace.links.copy')}
                </button>
                {sharing && (
                  <button
                    type="button"
                    aria-label={t('workspace.links.shareFor', { who })}
                    onClick={() => share(link)}
                  >
                    {t('workspace.links.share')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div class="toolbar link-tools">
        <div class="toolbar">
          {links.length > 1 && (
            <button type="button" class={copied === 'all' ? 'is-copied' : undefined} onClick={copyAll}>
              {copied === 'all' ? t('workspace.links.copied') : t('workspace.links.copyAll')}
            </button>
          )}
          <button type="button" onClick={download}>
            {t('workspace.links.csv')}
          </button>
          {onDone && (
            <button type="button" onClick={onDone}>
              {t('workspace.links.done')}
            </button>
          )}
        </div>
      </div>
      <p class="muted small-print">{t('workspace.links.csvNote')}</p>
      {showAll && (
        <div class="field">
          <label for={`${uid}-all`}>{t('workspace.links.allText')}</label>
          <textarea
            id={`${uid}-all`}
            ref={allText}
            readOnly
            rows={Math.min(8, links.length + 1)}
            value={linksAsText(links)}
          />
        </div>
      )}
      <p role="status" class="copy-status">
        {status}
      </p>
    </section>
  );
};
