import { t } from '../i18n';
import '../i18n/report';

/** A report-like page that could not load: what failed, a retry, and the way back to the assessment. */
export const LoadFailed = ({ error, reload, id }: { error: string; reload: () => void; id: string }) => (
  <div class="state state-error" role="alert">
    <h1>{t('report.cannotLoad')}</h1>
    <p>{error}</p>
    <p class="toolbar">
      <button type="button" class="primary" onClick={reload}>
        {t('report.retry')}
      </button>
      <a class="button" href={`/assessments/${id}`}>
        {t('report.back')}
      </a>
    </p>
  </div>
);
