import { useState } from 'preact/hooks';
import { ApiFailure, type ResponseDocument, redeemTransfer, startTransfer } from '../api/client';

const failure = (e: unknown) =>
  e instanceof ApiFailure ? e.message : 'That did not work; check your connection and try again.';

/** On the device the link is bound to: a one-time code that moves the questionnaire to another device. */
export const TransferCode = ({ token }: { token: string }) => {
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
    <details class="transfer">
      <summary>Continue on another device</summary>
      <p>
        Your link works only in this browser, so nobody else can open your answers with it. To move, open the
        link on the other device: it asks for a code, which only this device can show. The code works once,
        for 10 minutes; afterwards the link works there and no longer here.
      </p>
      <button type="button" onClick={show}>
        Show a transfer code
      </button>
      {code && (
        <p role="status">
          Your transfer code: <strong class="transfer-code">{code.code}</strong> (valid until{' '}
          {new Date(code.expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })})
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
    </details>
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
      <h1>This link is in use on another device</h1>
      <p>
        To protect your answers, your personal link works only in the browser where you first answered. Nobody
        else, your consultant included, can open your answers with the link.
      </p>
      <h2>Continue here</h2>
      <p>
        On the device you used before, open your link and choose “Continue on another device”. Type the code
        it shows:
      </p>
      <form onSubmit={redeem}>
        <label>
          Transfer code{' '}
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
          Continue here
        </button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <h2>Never opened this link before?</h2>
      <p>
        Then someone else did. Ask your consultant for a new link: it starts empty, and nothing entered
        through the old one can be read through it.
      </p>
    </section>
  );
};
