import { useState } from 'preact/hooks';
import { ApiFailure, type ResponseDocument, redeemTransfer, startTransfer } from '../api/client';
import { language, t } from '../i18n';
import '../i18n/transfer';

const failure = (e: unknown) => (e instanceof ApiFailure ? e.message : t('transfer.failed'));

/** On the device the link is bound to: a one-time code that moves the questionnaire to another device. */
export const TransferCodeBody = ({ token }: { token: string }) => {
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const show = async () => {
    setProblem(null);
    try {
      setCode(await startTransfer(token));
    } catch (e) {
      setProblem(failure(e));
    }
  };
  return (
    <>
      <p>{t('transfer.explain')}</p>
      <button type="button" onClick={show}>
        {t('transfer.show')}
      </button>
      {code && (
        <p role="status">
          {t('transfer.code')} <strong class="transfer-code">{code.code}</strong>{' '}
          {t('transfer.validUntil', {
            time: new Date(code.expiresAt).toLocaleTimeString(language.value, {
              hour: '2-digit',
              minute: '2-digit',
            }),
          })}
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
    </>
  );
};

/** On a device the link is not bound to: why it does not open, and how to move here with a code. */
export const OtherDevicePage = ({
  token,
  onMoved,
}: {
  token: string;
  onMoved: (doc: ResponseDocument) => void;
}) => {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const redeem = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onMoved(await redeemTransfer(token, code));
    } catch (err) {
      setProblem(failure(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="other-device">
      <h1>{t('other.title')}</h1>
      <p>{t('other.protect')}</p>
      <h2>{t('other.continueTitle')}</h2>
      <p>{t('other.howTo')}</p>
      <form onSubmit={redeem}>
        <label>
          {t('other.codeLabel')}{' '}
          <input
            name="transfer-code"
            value={code}
            onInput={(e) => setCode((e.target as HTMLInputElement).value)}
            autocomplete="off"
            autocapitalize="characters"
            required
          />
        </label>{' '}
        <button type="submit" class="primary" disabled={busy}>
          {t('other.continue')}
        </button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <h2>{t('other.neverTitle')}</h2>
      <p>{t('other.never')}</p>
    </section>
  );
};
