import { describe, expect, it } from 'vitest';
import { classifyMail } from '../../web/src/pages/outbox';

const mail = (subject: string) => ({ id: 'm', to: 'x', subject, body: '', sentAt: null });

describe('the outbox tells invitations from reminders, and which assessment they are for', () => {
  it.each([
    ['Fabrikam Energy: your view on how projects are run', 'invitation'],
    ['Rappel : Fabrikam Energy attend vos réponses', 'reminder'],
    ['Rappel\u202f: Fabrikam Energy attend vos réponses', 'reminder'],
    ['Fabrikam Energy: Ihre Sicht auf die Projektarbeit', 'invitation'],
    ['Erinnerung: Fabrikam Energy wartet auf Ihre Antworten', 'reminder'],
  ])('%s', (subject, kind) => {
    expect(classifyMail(mail(subject))).toEqual({ kind, client: 'Fabrikam Energy' });
  });

  it('leaves any other mail unclassified', () => {
    expect(classifyMail(mail('Something else'))).toEqual({ kind: 'other', client: null });
  });
});
