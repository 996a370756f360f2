import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { OrganisationContext } from '../../../../functions/contract/context';
import { ApiFailure, type QuestionnaireDocument, quickCheck, type Result } from '../../api/client';
import { language, t } from '../../i18n';
import { useTitle } from '../../lib/page';
import { draftOf } from '../rates-fields';
import { ResultView } from '../result-view';
import { NextActions } from './next-actions';
import { readFragment, wellFormed } from './result-address';
import { forget, handOverCleared } from './start-over';

/** The scored result at its own address: reloading or sharing the link shows it again. */
export const QuickCheckResult = ({ model }: { model: QuestionnaireDocument }) => {
  const { route, url } = useLocation();
  // preact-iso tracks the path; the fragment is read from the address itself (re-read on every route).
  const [fragment, setFragment] = useState(() => (typeof location !== 'undefined' ? location.hash : ''));
  // The address may change without a route (a pasted link, the back button between two results).
  useEffect(() => {
    const read = () => setFragment(location.hash);
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [url]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { edition, context, answers, rates } = readFragment(model, fragment);
  const outdated = edition !== null && edition !== model.version;
  const reading = language.value;
  useTitle(t('quick.resultTitle'));
  useEffect(() => {
    if (outdated) return;
    // A mangled address (cut short, hand-edited) is said to be one at once, without asking the API.
    if (!wellFormed(model, fragment)) {
      setError(t('quick.badLink'));
      return;
    }
    setError(null);
    quickCheck({ context: context as OrganisationContext, answers, ...(rates ? { rates } : {}) }).then(
      (r) => {
        setResult(r);
        localStorage.setItem('quick-check.last', JSON.stringify({ context, maturity: r.maturity }));
      },
      (e: unknown) =>
        setError(e instanceof ApiFailure && e.status === 400 ? t('quick.badLink') : t('quick.cannotScore')),
    );
  }, [fragment, reading, attempt]);
  const startOver = () => {
    forget();
    handOverCleared({ context, answers, step: model.dimensions.length, rates: draftOf(rates) });
    route('/quick-check');
  };
  const change = () => {
    localStorage.setItem('quick-check.context', JSON.stringify(context));
    localStorage.setItem('quick-check.answers', JSON.stringify(answers));
    localStorage.setItem('quick-check.rates', JSON.stringify(draftOf(rates)));
    localStorage.setItem('quick-check.step', JSON.stringify(model.dimensions.length));
    route('/quick-check');
  };
  if (outdated || error)
    return (
      <div class="state state-error" role="alert">
        <h1>{t('quick.cannotShow')}</h1>
        <p>{outdated ? t('quick.outdated', { edition: edition ?? '' }) : error}</p>
        <p class="toolbar">
          {!outdated && (
            <button type="button" class="primary" onClick={() => setAttempt(attempt + 1)}>
              {t('quick.retry')}
            </button>
          )}
          <button type="button" onClick={change}>
            {t('quick.change')}
          </button>
          <button type="button" onClick={startOver}>
            {t('quick.startOver')}
          </button>
        </p>
      </div>
    );
  if (!result)
    return (
      <p class="state" aria-busy="true">
        <span class="spinner" aria-hidden="true" /> {t('quick.scoring')}
      </p>
    );
  return (
    <div>
      <div class="toolbar no-print">
        <button type="button" onClick={change}>
          {t('quick.change')}
        </button>
        <div class="toolbar">
          <button type="button" onClick={() => window.print()}>
            {t('quick.print')}
          </button>
          <button type="button" onClick={startOver}>
            {t('quick.startOver')}
          </button>
        </div>
      </div>
      <h1 tabIndex={-1}>{t('quick.resultTitle')}</h1>
      <ResultView
        result={result}
        nextStep={
          <NextActions
            link={`${location.origin}/quick-check/result${fragment}`}
            context={context}
            rates={rates}
          />
        }
      />
    </div>
  );
};
