import type { Result } from '../../api/client';
import { t } from '../../i18n';
import '../../i18n/office';
import '../../i18n/report';
import { shapeMeaning, shapeName } from './format';
import './office.css';

/**
 * How the office is built (its shape, with what that means in one line) beside how much it
 * controls (the model): two answers to two questions a committee asks.
 */
export const ShapeLine = ({ pmo }: { pmo: Result['pmo'] }) => {
  const control = pmo.fit.find((f) => f.model === pmo.model)?.control;
  return (
    <>
      <dl class="office-shape">
        <div>
          <dt>{t('office.shapeLabel')}</dt>
          <dd>
            <strong>{shapeName(pmo)}</strong>
            <span>{shapeMeaning(pmo)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('office.controlLabel')}</dt>
          <dd>
            <strong class="figure-text">{pmo.model ? t(`model.${pmo.model}`) : '–'}</strong>
            {control && <span>{t(`control.${control}`)}</span>}
          </dd>
        </div>
      </dl>
      {pmo.besideExisting && (
        <p class="callout office-beside" role="note">
          {t('office.beside')}
        </p>
      )}
    </>
  );
};

/**
 * Insufficient evidence: a direction, not a plan. Says which way it points and that staffing, cost
 * and a plan wait for more evidence; the next step (rate more, invite more) is the card's.
 */
export const DirectionOnly = ({ pmo }: { pmo: Result['pmo'] }) => (
  <div class="callout callout-warn direction-only" role="note">
    <p>
      <strong>{t('office.directionTitle')}.</strong>{' '}
      {t('office.directionBody', { shape: shapeName(pmo).toLocaleLowerCase() })}
    </p>
  </div>
);

/** What to do to get past a direction: rate more questions alone, or hear more people in a team. */
export const directionNext = (team: boolean): string =>
  t(team ? 'office.directionNextTeam' : 'office.directionNextQuick');
