import type { RespondentSet } from '../../../functions/contract/assessments';
import { t } from '../i18n';
import '../i18n/report';
import './anonymity.css';

const ITEMS = ['invitations', 'live', 'revoked', 'removed', 'reissued', 'submissions'] as const;

/**
 * What the consultant did to the respondent set, as counts for the steering committee (report and
 * share page), and why they are shown: every counted submission belongs to one of these invitations.
 */
export const RespondentSetSection = ({
  set,
  minGroupSize,
}: {
  set: RespondentSet | undefined;
  minGroupSize: number;
}) =>
  set ? (
    <section class="report-section respondent-set" id="respondent-set" aria-labelledby="respondent-set-title">
      <h2 id="respondent-set-title">{t('respondentSet.title')}</h2>
      <p>{t('respondentSet.intro')}</p>
      <dl>
        {ITEMS.map((item) => (
          <div key={item}>
            <dt>{t(`respondentSet.${item}` as const)}</dt>
            <dd>{set[item]}</dd>
          </div>
        ))}
      </dl>
      <p>{t('respondentSet.why')}</p>
      <p class="muted">{t('respondentSet.batches', { k: Math.max(3, minGroupSize) })}</p>
    </section>
  ) : null;
