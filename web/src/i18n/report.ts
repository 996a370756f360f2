import { registerTexts } from './index';
import { REPORT_EN } from './report-en';

/** The report's texts: imported by the report and the result view, fetched per language. */
registerTexts('report', {
  en: REPORT_EN,
  load: {
    fr: () => import('./report-fr').then((m) => m.REPORT_FR),
    de: () => import('./report-de').then((m) => m.REPORT_DE),
  },
});
