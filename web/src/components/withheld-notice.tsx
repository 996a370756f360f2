import type { AssessmentResults } from '../api/client';
import { t } from '../i18n';
import '../i18n/report';

/** Why the report withholds a group or a figure, in the words of the anonymity rules. */
export const WithheldNotice = ({ disclosure }: { disclosure: AssessmentResults['disclosure'] }) =>
  disclosure.withheld.length === 0 ? null : (
    <section class="withheld" aria-labelledby="withheld-title">
      <h2 id="withheld-title">{t('withheld.title')}</h2>
      <p>
        {t('withheld.rule', {
          k: disclosure.minGroupSize,
          published: disclosure.published,
        })}
      </p>
      <ul>
        {disclosure.withheld.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );

/** The report's footer: exactly what the consultant can and cannot see. */
export const ReportPrivacyFooter = ({ minGroupSize }: { minGroupSize: number }) => (
  <footer class="report-privacy muted no-print">
    <p>{t('privacy.footer', { k: minGroupSize })}</p>
  </footer>
);
