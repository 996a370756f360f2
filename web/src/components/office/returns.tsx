import type { Result } from '../../api/client';
import { t } from '../../i18n';
import '../../i18n/office';
import { moneyText, pricedReturns, staffingText } from './format';
import { OfficeTable } from './office-table';

type Pmo = Result['pmo'];

/** Staffing, yearly and one-off costs side by side: what the office asks for, in the chosen currency. */
export const CostFigures = ({ pmo }: { pmo: Pmo }) => {
  if (!pmo.staffing && !pmo.cost) return null;
  const oneOff = pmo.cost?.oneOff;
  return (
    <dl class="office-figures">
      {pmo.staffing && (
        <div>
          <dt>{t('office.staffing')}</dt>
          <dd>
            {staffingText(pmo.staffing)}
            {pmo.staffing.hoursPerWeek && <small>{t('office.hoursRangeNote')}</small>}
          </dd>
        </div>
      )}
      {pmo.cost && (
        <div>
          <dt>{t('office.yearlyCost')}</dt>
          <dd>{moneyText(pmo.cost.annual, pmo.cost.currency)}</dd>
        </div>
      )}
      {pmo.cost && (
        <div>
          <dt>{t('office.oneOffCost')}</dt>
          <dd>{oneOff && oneOff.max > 0 ? moneyText(oneOff, pmo.cost.currency) : t('office.oneOffNone')}</dd>
        </div>
      )}
    </dl>
  );
};

/** Cost against priced returns in one sentence, so a committee can weigh them. */
export const weighText = (pmo: Pmo): string | null => {
  if (!pmo.cost) return null;
  const { cost } = pmo;
  const oneOff =
    cost.oneOff && cost.oneOff.max > 0 ? moneyText(cost.oneOff, cost.currency) : t('office.oneOffNone');
  const returns = pricedReturns(pmo);
  return returns
    ? t('office.weigh', {
        cost: moneyText(cost.annual, cost.currency),
        oneOff,
        returns: moneyText(returns, cost.currency),
      })
    : t('office.weighUnpriced', { cost: moneyText(cost.annual, cost.currency), oneOff });
};

/** What the office should return each year, beside its cost, each value with its assumption. */
export const ReturnsTable = ({ pmo }: { pmo: Pmo }) => {
  const returns = pmo.returns ?? [];
  if (returns.length === 0) return pmo.cost ? <p class="muted">{t('office.returnsEmpty')}</p> : null;
  const currency = pmo.cost?.currency ?? '';
  const weigh = weighText(pmo);
  const columns = [t('office.col.benefit'), t('office.col.value'), t('office.col.assumption')];
  return (
    <>
      {weigh && <p class="office-weigh">{weigh}</p>}
      <p class="muted">{t('office.returnsIntro')}</p>
      <OfficeTable caption={t('office.returnsTitle')} columns={columns} numeric={[1]}>
        {returns.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.benefit}</th>
            <td class="num" data-label={columns[1]}>
              {r.annual ? moneyText(r.annual, currency) : t('office.notPriced')}
            </td>
            <td data-label={columns[2]}>{r.assumption}</td>
          </tr>
        ))}
      </OfficeTable>
    </>
  );
};

/** The services stakeholders asked for most, and whether the office answers each, with the reason. */
export const ExpectationsTable = ({ pmo }: { pmo: Pmo }) => {
  const expectations = pmo.expectations ?? [];
  if (expectations.length === 0) return null;
  const columns = [t('office.col.service'), t('office.col.asked'), t('office.col.answer')];
  return (
    <OfficeTable caption={t('office.expectationsTitle')} columns={columns} numeric={[1]}>
      {expectations.map((e) => (
        <tr key={e.service}>
          <th scope="row">{e.label}</th>
          <td class="num" data-label={columns[1]}>
            {t('office.share', { share: Math.round(e.share * 100) })}
          </td>
          <td data-label={columns[2]}>
            <span class={e.answered ? 'answer-yes' : 'answer-no'}>
              {t(e.answered ? 'office.answered' : 'office.notAnswered')}
            </span>
            <small>{e.because}</small>
          </td>
        </tr>
      ))}
    </OfficeTable>
  );
};
