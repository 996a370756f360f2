import { afterEach, describe, expect, it } from 'vitest';
import { chosenByReader, initialLanguage } from '../../web/src/i18n';

describe('?lang= in the address', () => {
  afterEach(() => {
    history.replaceState(null, '', '/');
    localStorage.clear();
  });

  it('chooses the language on any page and remembers it like the switcher', () => {
    history.replaceState(null, '', '/quick-check?lang=de');
    expect(initialLanguage()).toBe('de');
    expect(chosenByReader()).toBe(true);
    // Remembered: the next page without the parameter stays in German.
    history.replaceState(null, '', '/compare');
    expect(initialLanguage()).toBe('de');
  });

  it('ignores a language the product does not offer', () => {
    localStorage.setItem('pmo-blueprint.language', 'fr');
    history.replaceState(null, '', '/?lang=xx');
    expect(initialLanguage()).toBe('fr');
    history.replaceState(null, '', '/?lang=EN');
    expect(initialLanguage()).toBe('en');
  });
});
