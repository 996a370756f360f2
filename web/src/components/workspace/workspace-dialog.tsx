import type { RefObject } from 'preact';
import { useLocation } from 'preact-iso';
import { ApiFailure, type AssessmentDetail } from '../../api/client';
import {
  eraseStakeholder,
  followUp,
  reissueStakeholder,
  removeStakeholder,
  revokeStakeholder,
  sendReminders,
  updateAssessment,
} from '../../api/consultant';
import { t } from '../../i18n';
import { ConfirmDialog } from '../confirm-dialog';
import { handOverLinks, type IssuedLink, whoOf } from '../invite-links';
import { type Confirming, type PageMessage, toLink } from './issued-link';

/**
 * The dialog that asks before an action on the assessment or on one person: remind, close, start a
 * follow-up, revoke, remove, erase or issue a new link. Each says what it does and does it on confirm.
 */
export const WorkspaceDialog = ({
  a,
  confirming,
  peopleHeading,
  onClose,
  onMessage,
  onIssued,
  reload,
}: {
  a: AssessmentDetail;
  confirming: Confirming;
  peopleHeading: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onMessage: (message: PageMessage | null) => void;
  onIssued: (links: IssuedLink[] | null) => void;
  reload: () => void;
}) => {
  const { route } = useLocation();
  const id = a.id;
  const live = a.stakeholders.filter((s) => s.link === 'live');
  const k = Math.max(3, a.minGroupSize);
  const common = {
    cancelLabel: t('workspace.cancel'),
    onClose,
  };
  switch (confirming.kind) {
    case 'remind':
      return (
        <ConfirmDialog
          {...common}
          title={t('workspace.remind.title')}
          confirmLabel={t('workspace.remind.confirm')}
          onConfirm={async () => {
            const { sent } = await sendReminders(id);
            onMessage({ text: t('workspace.remind.sent', { sent }) });
          }}
        >
          <p>{t('workspace.remind.body')}</p>
          <p>{t('workspace.remind.limit')}</p>
          <p class="muted">{t('workspace.remind.how')}</p>
        </ConfirmDialog>
      );
    case 'close':
      return (
        <ConfirmDialog
          {...common}
          danger
          title={t('workspace.close.title')}
          confirmLabel={t('workspace.close.confirm')}
          onConfirm={async () => {
            await updateAssessment(id, { status: 'closed', version: a.version });
            onMessage({ text: t('workspace.close.done') });
            onIssued(null);
            reload();
          }}
        >
          {live.length > 0 && (
            <p>
              {t('workspace.close.counted', {
                submitted: a.responseRate.submitted,
                invited: a.responseRate.invited,
                k,
              })}
            </p>
          )}
          <p>{t('workspace.close.body')}</p>
        </ConfirmDialog>
      );
    case 'followUp':
      return (
        <ConfirmDialog
          {...common}
          title={t('workspace.followUp.title')}
          confirmLabel={t('workspace.followUp.confirm')}
          onConfirm={async () => {
            const next = await followUp(id);
            handOverLinks(next.assessment.id, next.invites);
            route(`/assessments/${next.assessment.id}`);
          }}
        >
          <p>{t('workspace.followUp.body')}</p>
          <p>{t('workspace.followUp.people', { count: live.length })}</p>
        </ConfirmDialog>
      );
    case 'revoke':
    case 'remove': {
      // Revoking and removing differ in their words and their call; the dialog is the same.
      const s = confirming.stakeholder;
      const who = whoOf(s);
      const kind = confirming.kind;
      const act = kind === 'revoke' ? revokeStakeholder : removeStakeholder;
      return (
        <ConfirmDialog
          {...common}
          danger
          title={t(`workspace.${kind}.title` as const, { who })}
          confirmLabel={t(`workspace.${kind}.confirm` as const)}
          focusAfter={() => peopleHeading.current}
          onConfirm={async () => {
            await act(id, s.id);
            onMessage({ text: t(`workspace.${kind}.done` as const, { who }) });
            reload();
          }}
        >
          <p>{t(`workspace.${kind}.body` as const)}</p>
          <p>{t(`workspace.${kind}.consequences` as const)}</p>
        </ConfirmDialog>
      );
    }
    case 'erase': {
      // Erasing cannot be undone: the dialog opens on "Keep the data", the safe choice.
      const s = confirming.stakeholder;
      const who = whoOf(s);
      return (
        <ConfirmDialog
          {...common}
          danger
          cancelLabel={t('workspace.erase.keep')}
          title={t('workspace.erase.title', { who })}
          confirmLabel={t('workspace.erase.confirm')}
          focusAfter={() => peopleHeading.current}
          onConfirm={async () => {
            try {
              await eraseStakeholder(id, s.id);
            } catch (e) {
              if (e instanceof ApiFailure && e.status === 404)
                throw new Error(t('workspace.erase.unavailable'));
              throw e;
            }
            onMessage({ text: t('workspace.erase.done', { who }) });
            reload();
          }}
        >
          <p>{t('workspace.erase.body')}</p>
          <p>{t('workspace.erase.consequences')}</p>
        </ConfirmDialog>
      );
    }
    case 'reissue': {
      const s = confirming.stakeholder;
      const who = whoOf(s);
      return (
        <ConfirmDialog
          {...common}
          title={t('workspace.reissue.title', { who })}
          confirmLabel={t('workspace.reissue.confirm')}
          focusAfter={() => document.querySelector<HTMLElement>('.workspace .invite-links h3')}
          onConfirm={async () => {
            const invite = await reissueStakeholder(id, s.id);
            onIssued([toLink(s)(invite)]);
            onMessage(null);
            reload();
          }}
        >
          <p>{t(s.link === 'revoked' ? 'workspace.reissue.revoked' : 'workspace.reissue.body')}</p>
          <p>{t('workspace.reissue.consequences')}</p>
          {s.email && <p>{t('workspace.reissue.email', { email: s.email })}</p>}
        </ConfirmDialog>
      );
    }
  }
};
