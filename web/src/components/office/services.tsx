import type { Result } from '../../api/client';
import { t } from '../../i18n';
import '../../i18n/office';
import { effortText, fteText, hoursText } from './format';
import { OfficeTable } from './office-table';

type Service = Result['pmo']['services'][number];

/** What drives a service's effort, how many of it, and the hours each one takes. */
const Driver = ({ s }: { s: Service }) => (
  <>
    {t(`office.driver.${s.driver}`, { units: s.units })}
    {s.driver !== 'office' && <small>{t('office.perUnit', { hours: hoursText(s.hoursPerUnit) })}</small>}
  </>
);

/**
 * The services the office offers, each with the driver and effort behind its share of the staffing
 * and why it is in the office; the total is the staffing. Said plainly when the result itemises none.
 */
export const ServicesTable = ({ pmo }: { pmo: Result['pmo'] }) => {
  const services = pmo.services ?? [];
  if (services.length === 0) return pmo.staffing ? <p class="muted">{t('office.servicesEmpty')}</p> : null;
  const hours = services.reduce((sum, s) => sum + s.hoursPerWeek, 0);
  const fte = services.reduce((sum, s) => sum + s.fte, 0);
  const columns = [
    t('office.col.service'),
    t('office.col.driver'),
    t('office.col.effort'),
    t('office.col.why'),
    t('office.col.source'),
  ];
  return (
    <>
      <p class="muted">{t('office.servicesIntro')}</p>
      <OfficeTable
        caption={t('office.servicesTitle')}
        columns={columns}
        numeric={[2]}
        foot={
          <tr>
            <th scope="row">{t('office.total')}</th>
            <td data-label={columns[1]} />
            <td class="num" data-label={columns[2]}>
              {effortText({ hoursPerWeek: hours, fte })}
              {fte >= 0.5 && <small>{t('office.hours', { hours: hoursText(hours) })}</small>}
            </td>
            <td data-label={columns[3]} />
            <td data-label={columns[4]} />
          </tr>
        }
      >
        {services.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            <td data-label={columns[1]}>
              <Driver s={s} />
            </td>
            <td class="num" data-label={columns[2]}>
              {effortText(s)}
              <small>
                {s.fte < 0.5
                  ? t('office.fte', { fte: fteText(s.fte) })
                  : t('office.hours', { hours: hoursText(s.hoursPerWeek) })}
              </small>
            </td>
            <td data-label={columns[3]}>
              {s.chosenFor.length > 0 && (
                <ul class="reason-tags">
                  {s.chosenFor.map((r) => (
                    <li key={r}>{t(`office.reason.${r}`)}</li>
                  ))}
                </ul>
              )}
              {s.reasons.length > 0 && <small>{s.reasons.join(' ')}</small>}
            </td>
            <td data-label={columns[4]}>
              <small>{s.source}</small>
            </td>
          </tr>
        ))}
      </OfficeTable>
    </>
  );
};
