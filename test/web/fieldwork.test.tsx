import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AssessmentView } from '../../functions/contract/assessments';
import { frQuestionnaire } from '../../functions/i18n/questionnaire/fr';
import { loadFieldwork } from '../../web/src/fieldwork/load';
import { FieldworkKit } from '../../web/src/pages/fieldwork';
import { ASSESSMENT, WITHHELD, withheldResults } from '../unit/fieldwork/fixtures';

const view: AssessmentView = { ...ASSESSMENT, language: 'fr' } as AssessmentView;

describe('the printable fieldwork kit', () => {
  it('prints the agenda from published figures only, then the guide and the document list of every dimension, in French', async () => {
    const kit = await loadFieldwork('fr', ASSESSMENT.questionnaireVersion);
    const results = withheldResults('fr');
    const { container } = render(<FieldworkKit assessment={view} results={results} kit={kit} />);

    expect(container.querySelector('h1')?.textContent).toBe(
      'Kit de validation terrain\u00a0: Fabrikam Energy',
    );
    // The tools stay on screen; paper holds the kit.
    expect(container.querySelector('.toolbar')?.classList.contains('no-print')).toBe(true);

    const agenda = container.querySelector('#agenda') as HTMLElement;
    const items = agenda.querySelectorAll('ol.agenda > li');
    expect(items).toHaveLength(5 + 2); // opening, five dimensions, closing
    expect(agenda.textContent).toContain('Les dirigeants la notent 4,0, les chefs de projet 2,0');
    const names = WITHHELD.map((id) => frQuestionnaire().editions['2026.2']?.dimensions[id]?.name as string);
    expect(names.every(Boolean)).toBe(true);
    for (const name of names) expect(agenda.textContent).not.toContain(name);

    const dimensions = results.result?.maturity.dimensions.length ?? 0;
    expect(container.querySelectorAll('#guide .kit-dimension')).toHaveLength(dimensions);
    expect(container.querySelectorAll('#documents .kit-dimension')).toHaveLength(dimensions);
    expect(container.querySelectorAll('#documents .kit-documents li')).toHaveLength(dimensions * 5);
    // The withheld dimensions keep their interview questions and document requests: no figure there.
    for (const name of names) expect(container.querySelector('#guide')?.textContent).toContain(name);
    expect(container.querySelector('#guide .kit-source')).toBeNull();
    // French spacing: a question mark never starts a line.
    expect(container.querySelector('#guide dd')?.textContent).toMatch(/\u202f\?/);
  });
});
