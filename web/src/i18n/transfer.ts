import { registerTexts } from './index';
import { TRANSFER_EN } from './transfer-en';

/** The device-transfer panels' texts: imported by those panels, fetched per language. */
registerTexts('transfer', {
  en: TRANSFER_EN,
  load: {
    fr: () => import('./transfer-fr').then((m) => m.TRANSFER_FR),
    de: () => import('./transfer-de').then((m) => m.TRANSFER_DE),
  },
});
