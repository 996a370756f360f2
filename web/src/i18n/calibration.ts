import type { Params } from '../../../functions/i18n/format';
import { CALIBRATION_EN, type CalibrationKey } from './calibration-en';
import { registerTexts, t } from './index';

/** The calibration's texts (workshop, validated report, priority map): imported by their pages, fetched per language. */
registerTexts('calibration', {
  en: CALIBRATION_EN,
  load: {
    fr: () => import('./calibration-fr').then((m) => m.CALIBRATION_FR),
    de: () => import('./calibration-de').then((m) => m.CALIBRATION_DE),
  },
});

/** A calibration text in the current language. */
export const tc = (key: CalibrationKey, params?: Params): string => t(key as never, params);
