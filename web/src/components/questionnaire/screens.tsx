import { t } from '../../i18n';
import { PrivacyNote } from '../privacy-note';
import { OwnData } from '../stakeholder-notices';
import './questionnaire.css';

/** A questionnaire address that opens nothing: said plainly, with a way on (never a loader). */
export const NoLink = ({ message }: { message: string }) => (
  <div class="respond-frame">
    <div class="state state-error" role="alert">
      <p>{message}</p>
      <p>
        <a href="/">{t('app.backToStart')}</a>
      </p>
    </div>
  </div>
);

/** The questionnaire while its questions and the saved answers load. */
export const LoadingQuestionnaire = () => (
  <div class="respond-frame">
    <p class="state" aria-busy="true">
      <span class="spinner" aria-hidden="true" /> {t('respond.loading')}
    </p>
  </div>
);

/** What is left once the stakeholder has erased their answers: word that it is done. */
export const ErasedScreen = () => (
  <div class="respond-frame">
    <section class="done-screen card" role="status">
      <p>{t('respond.erase.done')}</p>
    </section>
  </div>
);

/** Thanks after the submission, with the promise of anonymity and the way to erase one's data. */
export const DoneScreen = ({
  done,
  total,
  minGroupSize,
  token,
  onErased,
}: {
  done: number;
  total: number;
  minGroupSize: number;
  token: string;
  onErased: () => void;
}) => (
  <div class="respond-frame">
    <section class="done-screen card">
      <p class="done-mark" aria-hidden="true">
        ✓
      </p>
      <h2 class="step-title" tabIndex={-1}>
        {t('respond.thanks')}
      </h2>
      <p>{t('respond.doneLabel', { done, total })}</p>
      <PrivacyNote minGroupSize={minGroupSize} />
    </section>
    <OwnData token={token} onErased={onErased} />
  </div>
);
