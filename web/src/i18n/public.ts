import { registerTexts } from './index';
import { PUBLIC_EN } from './public-en';

/**
 * The public pages' texts, registered when such a page first renders (the home page is in the
 * main bundle, but the questionnaire should not fetch its translations).
 */
export const usePublicTexts = (): void =>
  registerTexts('public', {
    en: PUBLIC_EN,
    load: {
      fr: () => import('./public-fr').then((m) => m.PUBLIC_FR),
      de: () => import('./public-de').then((m) => m.PUBLIC_DE),
    },
  });
