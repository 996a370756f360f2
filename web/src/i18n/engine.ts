import { useEffect, useState } from 'preact/hooks';
import type { EngineKey } from '../../../functions/core/english';
import { renderMessage } from '../../../functions/core/render';
import { english, type Say } from '../../../functions/core/say';
import type { Language } from '../../../functions/i18n/languages';
import { language } from './index';

type EngineCatalogue = Readonly<Record<EngineKey, string>>;

/** Only the reader's language is fetched; English comes with the engine. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<EngineCatalogue>> = {
  fr: () => import('../../../functions/i18n/engine/fr').then((m) => m.frTexts()),
  de: () => import('../../../functions/i18n/engine/de').then((m) => m.deTexts()),
};

/**
 * How the engine speaks in the browser (the comparison page runs it there): in the reader's
 * language once its catalogue has loaded, in English until then.
 */
export const useEngineSay = (): Say => {
  const reading = language.value;
  const [say, setSay] = useState<{ language: Language; say: Say }>({ language: 'en', say: english });
  useEffect(() => {
    if (reading === 'en') {
      setSay({ language: 'en', say: english });
      return;
    }
    let live = true;
    void LOADERS[reading]().then((catalogue) => {
      if (live) setSay({ language: reading, say: (m) => renderMessage({ language: reading, catalogue }, m) });
    });
    return () => {
      live = false;
    };
  }, [reading]);
  return say.say;
};
