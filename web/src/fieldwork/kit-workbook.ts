import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import type { Agenda } from '../../../functions/core/fieldwork/agenda';
import type { Sheet } from '../deliverables/xlsx/write';
import { writeXlsx } from '../deliverables/xlsx/write';
import { reasonText } from './agenda-text';
import type { Fieldwork } from './load';

const TAGS = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' } as const;

/**
 * The kit as a workbook to work in during fieldwork: the workshop agenda, the interview guide with a
 * column for what was heard, and the evidence by level with "received" and notes columns to fill in
 * as documents arrive. Only the agenda carries figures, and only the published ones it holds. Pure:
 * returns the .xlsx bytes.
 */
export const buildKitWorkbook = async (
  kit: Fieldwork,
  agenda: Agenda | null,
  meta: { clientName: string; preparedOn: string; firm: string },
): Promise<Uint8Array> => {
  const name = (id: string) => kit.entries.find((e) => e.dimension.id === id)?.dimension.name ?? id;
  const agendaSheet: Sheet[] = agenda
    ? [
        {
          name: kit.say('sheet.agenda'),
          columns: [
            { header: kit.say('col.item'), width: 34, wrap: true },
            { header: kit.say('col.minutes'), width: 10, format: 'integer' },
            { header: kit.say('col.why'), width: 80, wrap: true },
          ],
          rows: [
            [kit.say('agenda.opening'), agenda.openingMinutes, kit.say('agenda.openingText')],
            ...agenda.items.map((item) => [
              name(item.dimension),
              item.minutes,
              item.reasons.map((r) => reasonText(r, kit)).join('\n'),
            ]),
            [kit.say('agenda.closing'), agenda.closingMinutes, kit.say('agenda.closingText')],
          ],
        },
      ]
    : [];
  const guide: Sheet = {
    name: kit.say('sheet.guide'),
    columns: [
      { header: kit.say('col.dimension'), width: 26, wrap: true },
      { header: kit.say('col.role'), width: 18, wrap: true },
      { header: kit.say('col.question'), width: 60, wrap: true },
      { header: kit.say('col.answer'), width: 40, wrap: true },
    ],
    rows: kit.entries.flatMap((e) =>
      STAKEHOLDER_ROLES.flatMap((role) =>
        (e.entry.interview[role] ?? []).map((q) => [e.dimension.name, kit.say(`role.${role}`), q, null]),
      ),
    ),
  };
  const evidence: Sheet = {
    name: kit.say('sheet.evidence'),
    columns: [
      { header: kit.say('col.dimension'), width: 26, wrap: true },
      { header: kit.say('col.level'), width: 8, format: 'integer' },
      { header: kit.say('col.listen'), width: 48, wrap: true },
      { header: kit.say('col.evidence'), width: 48, wrap: true },
      { header: kit.say('col.received'), width: 10 },
      { header: kit.say('col.notes'), width: 30, wrap: true },
    ],
    rows: kit.entries.flatMap((e) =>
      [1, 2, 3, 4, 5].map((n) => [
        e.dimension.name,
        n,
        e.entry.listenFor[n - 1],
        e.entry.documents[n - 1],
        null,
        null,
      ]),
    ),
  };
  return writeXlsx({
    sheets: [...agendaSheet, guide, evidence],
    title: kit.say('kit.pageTitle', { client: meta.clientName }),
    creator: meta.firm,
    created: meta.preparedOn,
    language: TAGS[kit.language],
    pageLabel: kit.say('kit.pageLabel', { page: '{page}', pages: '{pages}' }),
  });
};
