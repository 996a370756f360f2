import { describe, expect, it } from 'vitest';
import { parseLines } from '../../web/src/components/bulk-invite';

describe('bulk invite lines', () => {
  it('reads a role first, then name and e-mail in any order, skipping blank lines', () => {
    const { lines, errors } = parseLines(
      'executive, Helen Marsh, helen@client.example\n\nPM; sofia@client.example; Sofia Alves\nteam member\nController\tRuth',
    );
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      { role: 'executive', name: 'Helen Marsh', email: 'helen@client.example' },
      { role: 'project-manager', name: 'Sofia Alves', email: 'sofia@client.example' },
      { role: 'team-member' },
      { role: 'controller', name: 'Ruth' },
    ]);
  });

  it('names the line and the word that is not a role', () => {
    expect(parseLines('executive, A\nboss, B').errors).toEqual([
      'Line 2: “boss” is not a role. Use one of: executive, manager, project manager, controller, team member, other stakeholder.',
    ]);
  });
});
