import type { Rates } from '../../../functions/contract/api';
import { t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import './rates-fields.css';

/** The rates as typed: text until checked. */
export interface RatesDraft {
  currency?: string;
  dayRate?: string;
  externalDayRate?: string;
}

const MAX_RATE = 100_000;
const COMMON = ['EUR', 'CHF', 'GBP', 'USD', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD'];

const empty = (v: string | undefined) => v === undefined || v.trim() === '';

const amountError = (text: string | undefined, required: boolean): string | undefined => {
  if (empty(text)) return required ? t('rates.needDayRate') : undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return t('ctx.notNumber');
  if (n <= 0) return t('rates.positive');
  if (n > MAX_RATE) return t('ctx.atMost', { max: MAX_RATE });
  return undefined;
};

/**
 * The rates checked in plain words, keyed `rates.<field>` like the API's issues. All empty is fine
 * (the documented defaults apply); a currency needs a day rate, and a rate a currency, which is said
 * only when `complete` (on pressing Next): a wrong figure is said as it is typed.
 */
export const validateRates = (draft: RatesDraft, complete = true): Record<string, string> => {
  const errors: Record<string, string> = {};
  const any = !empty(draft.currency) || !empty(draft.dayRate) || !empty(draft.externalDayRate);
  if (!any) return errors;
  const currency = draft.currency?.trim() ?? '';
  if (currency === '') {
    if (complete) errors['rates.currency'] = t('rates.needCurrency');
  } else if (currency.length > 8) errors['rates.currency'] = t('rates.tooLong');
  const day = amountError(draft.dayRate, complete);
  if (day) errors['rates.dayRate'] = day;
  const external = amountError(draft.externalDayRate, false);
  if (external) errors['rates.externalDayRate'] = external;
  return errors;
};

/** The rates to send: none when all is empty or something is wrong. */
export const ratesOf = (draft: RatesDraft): Rates | undefined => {
  if (empty(draft.currency) || empty(draft.dayRate)) return undefined;
  if (Object.keys(validateRates(draft)).length > 0) return undefined;
  return {
    currency: (draft.currency ?? '').trim().toUpperCase(),
    dayRate: Number(draft.dayRate),
    ...(empty(draft.externalDayRate) ? {} : { externalDayRate: Number(draft.externalDayRate) }),
  };
};

/** Rates as a draft, to edit them again. */
export const draftOf = (rates: Rates | null | undefined): RatesDraft =>
  rates
    ? {
        currency: rates.currency,
        dayRate: String(rates.dayRate),
        ...(rates.externalDayRate ? { externalDayRate: String(rates.externalDayRate) } : {}),
      }
    : {};

/** Currency, own day rate and an outside firm's: optional, checked as typed once `errors` are shown. */
export const RatesFields = ({
  value,
  onChange,
  errors = {},
}: {
  value: RatesDraft;
  onChange: (value: RatesDraft) => void;
  errors?: Record<string, string>;
}) => {
  usePublicTexts();
  const field = (key: keyof RatesDraft, label: string, help: string, currency = false) => {
    const id = `rates-${key}`;
    const error = errors[`rates.${key}`];
    return (
      <div class={`field${currency ? ' currency-field' : ''}`}>
        <label for={id}>{label}</label>
        <input
          id={id}
          type={currency ? 'text' : 'number'}
          inputMode={currency ? 'text' : 'decimal'}
          list={currency ? 'rates-currencies' : undefined}
          autoComplete="off"
          maxLength={currency ? 8 : undefined}
          min={currency ? undefined : 1}
          max={currency ? undefined : MAX_RATE}
          step={currency ? undefined : 'any'}
          value={value[key] ?? ''}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onInput={(e) => {
            const v = (e.target as HTMLInputElement).value;
            const { [key]: _, ...rest } = value;
            onChange(v === '' ? rest : { ...value, [key]: v });
          }}
        />
        <small id={`${id}-help`}>{help}</small>
        {error && (
          <small id={`${id}-error`} class="error">
            {error}
          </small>
        )}
      </div>
    );
  };
  return (
    <fieldset class="rates-fields">
      <legend>{t('rates.title')}</legend>
      <p>{t('rates.intro')}</p>
      <div class="rates-grid">
        {field('currency', t('rates.currency'), t('rates.currencyHelp'), true)}
        {field('dayRate', t('rates.dayRate'), t('rates.dayRateHelp'))}
        {field('externalDayRate', t('rates.externalDayRate'), t('rates.externalHelp'))}
      </div>
      <datalist id="rates-currencies">
        {COMMON.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </fieldset>
  );
};
