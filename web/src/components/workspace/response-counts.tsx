import type { AssessmentDetail } from '../../api/client';
import { t } from '../../i18n';
import { roleName } from '../invite-links';
import './response-counts.css';

const percent = (share: number) => Math.round(share * 100);

/**
 * Response counts as the consultant may see them: the overall count in batches of k, with what the
 * next batch needs; per role only once its group is shown (null before), so no count moves by one.
 */
export const ResponseCounts = ({ a }: { a: AssessmentDetail }) => {
  const rate = a.responseRate;
  const k = Math.max(3, a.minGroupSize);
  return (
    <div class="response-counts">
      <p>
        {t('workspace.rates.overall', {
          submitted: rate.submitted,
          invited: rate.invited,
          percent: percent(rate.overall),
        })}
      </p>
      <p class="muted small-print">
        {t('workspace.rates.batches', { k, shown: rate.submitted, next: rate.submitted + k })}
      </p>
      {rate.byRole.length === 0 ? (
        <p class="muted">{t('workspace.rates.empty')}</p>
      ) : (
        <>
          <table class="role-rates">
            <caption class="sr-only">{t('workspace.rates.caption')}</caption>
            <thead class="sr-only">
              <tr>
                <th scope="col">{t('workspace.rates.role')}</th>
                <th scope="col">{t('workspace.rates.submitted')}</th>
                <th scope="col">{t('workspace.rates.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {rate.byRole.map((r) => (
                <tr key={r.role}>
                  <th scope="row">{roleName(r.role)}</th>
                  <td class="num">
                    {r.submitted === null
                      ? t('workspace.rates.notShown', { invited: r.invited })
                      : t('workspace.rates.count', { submitted: r.submitted, invited: r.invited })}
                  </td>
                  <td class="rate-cell">
                    {r.rate !== null && (
                      <>
                        <span class="rate-track" aria-hidden="true">
                          <span class="rate-fill" style={{ width: `${percent(r.rate)}%` }} />
                        </span>
                        <span class="rate-value">{t('workspace.percent', { percent: percent(r.rate) })}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small-print">{t('workspace.rates.byRoleNote', { k })}</p>
        </>
      )}
    </div>
  );
};
