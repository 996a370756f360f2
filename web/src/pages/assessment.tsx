import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../api/client';
import { getAssessment, updateAssessment } from '../api/consultant';
import { AccessLogPanel } from '../components/access-log';
import { BulkInvite } from '../components/bulk-invite';
import { EditAssessment } from '../components/edit-assessment';
import { InviteLinks, type IssuedLink, takeHandedOverLinks } from '../components/invite-links';
import { RequireSession } from '../components/require-session';
import { LoadError, Loading } from '../components/states';
import { useLoad } from '../components/use-load';
import { InviteForm } from '../components/workspace/invite-form';
import { type Confirming, type PageMessage, toLink } from '../components/workspace/issued-link';
import { ManageActions, PageMessageBox } from '../components/workspace/manage-actions';
import { PeopleTable } from '../components/workspace/people-table';
import { ResponseCounts } from '../components/workspace/response-counts';
import { WorkspaceDialog } from '../components/workspace/workspace-dialog';
import { WorkspaceHead } from '../components/workspace/workspace-head';
import { t } from '../i18n';
import '../components/anonymity.css';
import { useTitle } from '../lib/page';

/** One assessment: its invitations, response counts, reminders, the record of access and the way to the report. */
export const AssessmentPage = ({ id }: { id: string }) => {
  const { data: a, error, reload } = useLoad(() => getAssessment(id), [id]);
  const [issued, setIssued] = useState<IssuedLink[] | null>(null);
  const [message, setMessage] = useState<PageMessage | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const peopleHeading = useRef<HTMLHeadingElement>(null);
  useTitle(a?.clientName);

  // Good news fades after a while; a failure stays until it is dismissed or the next action.
  useEffect(() => {
    if (!message || message.error) return;
    const timer = setTimeout(() => setMessage(null), 10_000);
    return () => clearTimeout(timer);
  }, [message]);

  // Links issued by "Start a follow-up" on the previous assessment: shown here, once.
  // Another assessment (say, the follow-up just started): nothing of this one's state carries over.
  useEffect(() => {
    setIssued(null);
    setMessage(null);
    setConfirming(null);
  }, [id]);

  useEffect(() => {
    if (!a || a.id !== id) return;
    const handed = takeHandedOverLinks(id);
    if (handed.length === 0) return;
    const byId = new Map(a.stakeholders.map((s) => [s.id, s]));
    setIssued(
      handed.flatMap((invite) => {
        const s = byId.get(invite.id);
        return s ? [toLink(s)(invite)] : [];
      }),
    );
  }, [a, id]);

  const fail = (e: unknown) =>
    setMessage({ text: e instanceof ApiFailure || e instanceof Error ? e.message : String(e), error: true });

  const reopen = async () => {
    if (!a) return;
    try {
      await updateAssessment(id, { status: 'open', version: a.version });
      setMessage({ text: t('workspace.reopen.done') });
      reload();
    } catch (err) {
      fail(err);
    }
  };

  if (error)
    return (
      <RequireSession>
        <LoadError
          title={t('workspace.page.errorTitle')}
          error={error}
          retry={{ label: t('workspace.retry'), onClick: reload }}
          back={{ href: '/assessments', label: t('workspace.allAssessments') }}
        />
      </RequireSession>
    );
  if (!a || a.id !== id)
    return (
      <RequireSession>
        <Loading label={t('workspace.page.loading')} />
      </RequireSession>
    );

  const open = a.status === 'open';

  return (
    <RequireSession>
      <section class="workspace">
        <WorkspaceHead a={a} />

        <h2>{t('workspace.rates.title')}</h2>
        <ResponseCounts a={a} />

        {open ? (
          <>
            <h2>{t('workspace.invite.title')}</h2>
            <InviteForm
              assessmentId={id}
              onIssued={(links) => {
                setIssued(links);
                setMessage(null);
                reload();
              }}
            />
            {issued && issued.length > 0 && (
              <InviteLinks
                links={issued}
                clientName={a.clientName}
                onDone={() => setIssued(null)}
                focusOnShow
              />
            )}
            <BulkInvite assessmentId={id} clientName={a.clientName} onDone={reload} />
          </>
        ) : (
          <p class="notice">{t('workspace.page.closedNote')}</p>
        )}

        <PeopleTable
          stakeholders={a.stakeholders}
          open={open}
          headingRef={peopleHeading}
          onAsk={setConfirming}
        />

        <h2>{t('workspace.manage.title')}</h2>
        <EditAssessment
          key={a.version}
          assessment={a}
          onSaved={() => {
            setMessage({ text: t('workspace.edit.saved') });
            reload();
          }}
        />
        <ManageActions open={open} onAsk={setConfirming} onReopen={reopen} />
        <PageMessageBox message={message} onDismiss={() => setMessage(null)} />
        <AccessLogPanel assessmentId={id} />
        {confirming && (
          <WorkspaceDialog
            a={a}
            confirming={confirming}
            peopleHeading={peopleHeading}
            onClose={() => setConfirming(null)}
            onMessage={setMessage}
            onIssued={setIssued}
            reload={reload}
          />
        )}
      </section>
    </RequireSession>
  );
};
