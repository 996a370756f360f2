import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { usePublicTexts } from '../../i18n/public';
import '../../i18n/report';
import { applicable } from '../context-fields-3';
import { valueText } from '../context-labels';
import { isNumeric, type Key } from './scenario-codec';
import type { Scenario } from './use-scenario';
import './what-if.css';

/** The what-if fields: the questionnaire's labels and options, each change marked against the real value. */
export const WhatIfFields = ({ scenario }: { scenario: Scenario }) => {
  usePublicTexts();
  const { fields, real, context, drafts, errors } = scenario;
  return (
    <div class="context-form">
      {applicable(fields, context).map((f) => {
        const key = f.id as Key;
        const id = `wi-${f.id}`;
        const error = errors[f.id];
        const differs = context[key] !== real[key];
        const described =
          [differs && `${id}-was`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div class={`field${differs ? ' changed' : ''}`} key={f.id}>
            <label for={id}>{f.label}</label>
            {isNumeric(f) ? (
              <input
                id={id}
                type="number"
                inputMode={f.kind === 'integer' ? 'numeric' : 'decimal'}
                min={f.min}
                step={f.kind === 'integer' ? 1 : 'any'}
                value={drafts[f.id] ?? (context[key] === undefined ? '' : String(context[key]))}
                aria-describedby={described}
                aria-invalid={error ? true : undefined}
                onInput={(e) => scenario.setNumber(f.id, (e.target as HTMLInputElement).value)}
              />
            ) : (
              <select
                id={id}
                value={context[key] === undefined ? '' : String(context[key])}
                aria-describedby={described}
                onChange={(e) => scenario.setChoice(f.id, (e.target as HTMLSelectElement).value)}
              >
                {f.optional && <option value="">{t('form.notStated')}</option>}
                {f.kind === 'boolean' ? (
                  <>
                    <option value="true">{t('form.yes')}</option>
                    <option value="false">{t('form.no')}</option>
                  </>
                ) : (
                  f.options?.map((o) => (
                    <option value={o.value} key={o.value}>
                      {o.label}
                    </option>
                  ))
                )}
              </select>
            )}
            {differs && (
              <small id={`${id}-was`} class="was">
                {t('compare.changedFrom', { value: valueText(f, real[key]) })}
              </small>
            )}
            {error && (
              <small id={`${id}-error`} class="error">
                {error} {t('compare.error.keeps', { value: valueText(f, context[key]) })}
              </small>
            )}
          </div>
        );
      })}
    </div>
  );
};

/** A signed difference in the reader's language: +12, −23, ±0. */

/**
 * Copies the address of the scenario; says so on screen and to screen readers, or shows the link
 * to copy by hand. `scenario` is the scenario's identity: a change of it clears the old feedback.
 */
export const CopyScenarioLink = ({ scenario, copied }: { scenario: string; copied?: string }) => {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [href, setHref] = useState('');
  // Feedback about a link belongs to the scenario it was copied for.
  useEffect(() => setState('idle'), [scenario]);
  const copy = () => {
    const link = location.href;
    setHref(link);
    const done = navigator.clipboard?.writeText(link);
    if (!done) setState('failed');
    else
      done.then(
        () => setState('copied'),
        () => setState('failed'),
      );
  };
  return (
    <div class="copy-scenario">
      <button type="button" onClick={copy}>
        {t('compare.copyLink')}
      </button>
      <p role="status" aria-live="polite" class="copy-feedback">
        {state === 'copied'
          ? (copied ?? t('compare.copied'))
          : state === 'failed'
            ? t('compare.copyFailed')
            : ''}
      </p>
      {state === 'failed' && (
        <div class="field">
          <label for="scenario-link">{t('compare.linkLabel')}</label>
          <input
            id="scenario-link"
            readOnly
            value={href}
            onFocus={(e) => (e.target as HTMLInputElement).select()}
          />
        </div>
      )}
    </div>
  );
};

/** The what-if fields with their reset and the link to the scenario: one form for compare and share. */
export const ScenarioFieldset = ({
  scenario,
  legend,
  copied,
  copyable = true,
}: {
  scenario: Scenario;
  legend: string;
  copied?: string;
  /** False where the page's address is itself a secret (the share page's token). */
  copyable?: boolean;
}) => (
  <fieldset class="what-if">
    <legend>{legend}</legend>
    <WhatIfFields scenario={scenario} />
    <div class="scenario-actions">
      <button
        type="button"
        disabled={!scenario.changed && Object.keys(scenario.drafts).length === 0}
        onClick={scenario.reset}
      >
        {t('compare.reset')}
      </button>
      {copyable && <CopyScenarioLink scenario={JSON.stringify(scenario.context)} copied={copied} />}
    </div>
  </fieldset>
);
