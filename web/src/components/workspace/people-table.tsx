import type { RefObject } from 'preact';
import type { StakeholderView } from '../../api/client';
import { t } from '../../i18n';
import { dateTime } from '../../i18n/workspace';
import { roleName, whoOf } from '../invite-links';
import type { Confirming } from './issued-link';
import './people-table.css';
import '../stacked-table.css';

/** The people invited, one row each, with what may still be done to their link and their data. */
export const PeopleTable = ({
  stakeholders,
  open,
  headingRef,
  onAsk,
}: {
  stakeholders: StakeholderView[];
  open: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAsk: (confirming: Confirming) => void;
}) => (
  <>
    <h2 ref={headingRef} tabIndex={-1}>
      {t('workspace.people.title', { count: stakeholders.length })}
    </h2>
    {stakeholders.length === 0 ? (
      <p class="muted">{t(open ? 'workspace.people.empty' : 'workspace.people.emptyClosed')}</p>
    ) : (
      <>
        <p class="muted small-print">{t('workspace.people.note')}</p>
        <table class="data stacked stakeholders">
          <caption class="sr-only">{t('workspace.people.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workspace.people.name')}</th>
              <th scope="col">{t('workspace.people.email')}</th>
              <th scope="col">{t('workspace.people.role')}</th>
              <th scope="col">{t('workspace.people.link')}</th>
              <th scope="col">{t('workspace.people.invited')}</th>
              <th scope="col">{t('workspace.people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {stakeholders.map((s) => {
              const who = whoOf(s);
              const removed = s.link === 'removed';
              // A removed invitation stays listed; only its personal data can still be erased.
              const erasable = s.name !== null || s.email !== null;
              return (
                <tr key={s.id} class={removed ? 'link-removed' : undefined}>
                  <th scope="row">
                    <span class="person">
                      {s.name ?? t('workspace.people.noName', { role: roleName(s.role) })}
                    </span>
                  </th>
                  <td data-label={t('workspace.people.email')} class="email-cell">
                    {s.email ?? <span class="muted">{t('workspace.people.noEmail')}</span>}
                  </td>
                  <td data-label={t('workspace.people.role')}>{roleName(s.role)}</td>
                  <td data-label={t('workspace.people.link')}>
                    <span class={`link-tag link-${s.link}`}>{t(`workspace.link.${s.link}` as const)}</span>
                  </td>
                  <td data-label={t('workspace.people.invited')}>
                    <time dateTime={s.invitedAt}>{dateTime(s.invitedAt)}</time>
                  </td>
                  <td data-label={t('workspace.people.actions')} class="actions-cell">
                    <div class="actions">
                      {open && !removed && (
                        <button
                          type="button"
                          aria-label={t('workspace.action.reissueFor', { who })}
                          onClick={() => onAsk({ kind: 'reissue', stakeholder: s })}
                        >
                          {t('workspace.action.reissue')}
                        </button>
                      )}
                      {open && s.link === 'live' && (
                        <button
                          type="button"
                          aria-label={t('workspace.action.revokeFor', { who })}
                          onClick={() => onAsk({ kind: 'revoke', stakeholder: s })}
                        >
                          {t('workspace.action.revoke')}
                        </button>
                      )}
                      {open && !removed && (
                        <button
                          type="button"
                          class="danger"
                          aria-label={t('workspace.action.removeFor', { who })}
                          onClick={() => onAsk({ kind: 'remove', stakeholder: s })}
                        >
                          {t('workspace.action.remove')}
                        </button>
                      )}
                      {erasable && (
                        <button
                          type="button"
                          aria-label={t('workspace.action.eraseFor', { who })}
                          onClick={() => onAsk({ kind: 'erase', stakeholder: s })}
                        >
                          {t('workspace.action.erase')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    )}
  </>
);
