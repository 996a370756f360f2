import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../web/src/i18n';
import { WEB_FR } from '../../web/src/i18n/fr';
import { PUBLIC_FR } from '../../web/src/i18n/public-fr';
import { REPORT_FR } from '../../web/src/i18n/report-fr';
import { TRANSFER_FR } from '../../web/src/i18n/transfer-fr';
import { frenchSpacing } from '../../web/src/i18n/typography';
import { WORKSPACE_FR } from '../../web/src/i18n/workspace-fr';

/** A breakable space before a French high mark, or after «: where a line would break wrongly. */
const BREAKABLE = /[ \t\n](?=[:;!?»%])|«[ \t\n]/;

describe('French typography', () => {
  afterAll(() => setLanguage('en'));

  it('keeps each high mark and « » on the line of the word they belong to', () => {
    expect(frenchSpacing('« Hors de mon domaine » : oui ; non ! Vraiment ? 50 %')).toBe(
      '«\u202fHors de mon domaine\u202f»\u00a0: oui\u202f; non\u202f! Vraiment\u202f? 50\u202f%',
    );
    // Already right, or nothing to do: left as it is.
    expect(frenchSpacing('Note\u00a0: https://exemple.fr?x=1')).toBe('Note\u00a0: https://exemple.fr?x=1');
  });

  it.each(Object.entries({ WEB_FR, PUBLIC_FR, REPORT_FR, WORKSPACE_FR, TRANSFER_FR }))(
    'leaves no French text of %s with a breakable space before « » ; : ! ? %%',
    (_, catalogue) => {
      const broken = Object.entries(catalogue as Record<string, string>)
        .filter(([, text]) => BREAKABLE.test(frenchSpacing(text)))
        .map(([key]) => key);
      expect(broken).toEqual([]);
    },
  );

  it('is applied to the texts as the app shows them in French', async () => {
    await setLanguage('fr');
    expect(WEB_FR['question.othersIntro']).toContain(' ; ');
    expect(t('question.othersIntro')).toBe(frenchSpacing(WEB_FR['question.othersIntro']));
    expect(BREAKABLE.test(t('question.othersIntro'))).toBe(false);
  });
});
