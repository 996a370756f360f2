import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
vi.mock('../../web/src/api/client', () => ({
  ApiFailure: class extends Error {},
  saveResponse: vi.fn(async (_token: string, body: unknown) => {
    sent.push(body);
    return {};
  }),
}));

const { createAutosave } = await import('../../web/src/components/autosave');

describe('autosave of "not my area"', () => {
  beforeEach(() => {
    sent.length = 0;
    localStorage.clear();
  });

  it('hands a rated question on by clearing its rating in the same save, and a rating takes it back', async () => {
    const autosave = createAutosave('t'.repeat(43), () => {});
    autosave.setHandedOn('std-method', true, ['gov-roles']);
    await autosave.flush();
    expect(sent.at(-1)).toMatchObject({
      answers: { 'std-method': null },
      handedOn: ['gov-roles', 'std-method'],
    });
    autosave.rate('std-method', 4, ['gov-roles', 'std-method']);
    await autosave.flush();
    expect(sent.at(-1)).toMatchObject({ answers: { 'std-method': 4 }, handedOn: ['gov-roles'] });
    // A rating of a question that was never handed on leaves the list alone.
    autosave.rate('std-templates', 2, ['gov-roles']);
    await autosave.flush();
    expect(sent.at(-1)).not.toHaveProperty('handedOn');
    autosave.dispose();
  });

  it('keeps a hand-on waiting on the device until it is sent', () => {
    const autosave = createAutosave('u'.repeat(43), () => {});
    autosave.setHandedOn('fin-case', true, []);
    expect(autosave.pending().handedOn).toEqual(['fin-case']);
    autosave.dispose();
  });
});
