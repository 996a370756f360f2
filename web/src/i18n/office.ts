import { registerTexts } from './index';
import { OFFICE_EN } from './office-en';

/** The office's texts (edition 3 of the result): imported with the result view, fetched per language. */
registerTexts('office', {
  en: OFFICE_EN,
  load: {
    fr: () => import('./office-fr').then((m) => m.OFFICE_FR),
    de: () => import('./office-de').then((m) => m.OFFICE_DE),
  },
});
