import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Rates } from '../../../../functions/contract/api';
import type { OrganisationContext } from '../../../../functions/contract/context';
import { ApiFailure } from '../../api/client';
import { createAssessment } from '../../api/consultant';
import { t } from '../../i18n';
import { session } from '../../session';
import type { ContextDraft } from '../context-form';
import { ShareLink } from '../share-result';
import './quick-check.css';

/** Creates a client assessment from the quick check's context, asking for the client's name inline. */
const ToAssessment = ({ context, rates }: { context: ContextDraft; rates?: Rates }) => {
  const { route } = useLocation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('quick.toAssessment')}
      </button>
    );
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          const created = await createAssessment({
            clientName: name,
            context: context as OrganisationContext,
            ...(rates ? { rates } : {}),
          });
          route(`/assessments/${created.id}`);
        } catch (err) {
          setError(err instanceof ApiFailure ? err.message : String(err));
          setBusy(false);
        }
      }}
    >
      <div class="field">
        <label for="to-assessment-name">{t('quick.clientName')}</label>
        <input
          id="to-assessment-name"
          required
          maxLength={200}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'to-assessment-error' : undefined}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        {error && (
          <small id="to-assessment-error" class="error">
            {error}
          </small>
        )}
      </div>
      <div class="toolbar">
        <button type="submit" class="primary" disabled={busy}>
          {t('quick.create')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('quick.cancel')}
        </button>
      </div>
    </form>
  );
};

/** What to do with the result: share or save it, compare the options, or run it with the team. */
export const NextActions = ({
  link,
  context,
  rates,
}: {
  link: string;
  context: ContextDraft;
  rates?: Rates;
}) => (
  <div class="next-actions no-print">
    <div class="toolbar">
      <ShareLink url={link} title={t('quick.shareTitle')} />
      <a class="button" href="/compare">
        {t('quick.compare')}
      </a>
    </div>
    <p>
      <strong>{t('quick.teamTitle')}</strong> {t('quick.teamText')}
    </p>
    {session.value ? (
      <ToAssessment context={context} rates={rates} />
    ) : (
      <a class="button" href="/sign-in">
        {t('quick.signIn')}
      </a>
    )}
  </div>
);
