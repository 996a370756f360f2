import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../functions/core/fieldwork';
import { buildKitWorkbook } from '../../../web/src/fieldwork/kit-workbook';
import { loadFieldwork } from '../../../web/src/fieldwork/load';
import { readXlsx } from '../deliverables/xlsx-read';
import { ASSESSMENT, WITHHELD_NAMES, withheldResults } from './fixtures';

describe('the fieldwork kit as a workbook', () => {
  it('holds the agenda, the guide and the evidence by level, in German, and no withheld dimension on the agenda', async () => {
    const kit = await loadFieldwork('de', ASSESSMENT.questionnaireVersion);
    const results = withheldResults('de');
    const agenda = buildAgenda(results);
    const wb = await readXlsx(
      await buildKitWorkbook(kit, agenda, { clientName: 'Fabrikam', preparedOn: '2026-11-22', firm: 'Lea' }),
    );
    expect(wb.sheetNames).toEqual(['Kalibrierungsworkshop', 'Interviewleitfaden', 'Belege nach Stufe']);
    const agendaRows = wb.sheet('Kalibrierungsworkshop').table();
    expect(agendaRows).toHaveLength(1 + agenda.items.length + 2);
    const names = kit.entries
      .filter((e) => ['finance', 'benefits'].includes(e.dimension.id))
      .map((e) => e.dimension.name);
    expect(names).toHaveLength(2);
    for (const name of [...names, ...WITHHELD_NAMES]) expect(JSON.stringify(agendaRows)).not.toContain(name);
    const evidence = wb.sheet('Belege nach Stufe').table();
    expect(evidence).toHaveLength(1 + kit.entries.length * 5);
    expect(evidence[1]?.[1]).toBe(1);
  });
});
