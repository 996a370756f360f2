import { language, registerTexts } from './index';
import { WORKSPACE_EN } from './workspace-en';

/** The consultant workspace's texts: imported by its pages, fetched per language. */
registerTexts('workspace', {
  en: WORKSPACE_EN,
  load: {
    fr: () => import('./workspace-fr').then((m) => m.WORKSPACE_FR),
    de: () => import('./workspace-de').then((m) => m.WORKSPACE_DE),
  },
});

/** A moment (an ISO timestamp) with date and time, in the reader's language. */
export const dateTime = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(language.value, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
};
