import type { StakeholderRole } from '../../contract/roles';
import type { Dimension } from '../questionnaire/types';
import type { ByLevel, KitEntry } from './types';

const EVERYONE: readonly StakeholderRole[] = ['executive', 'management', 'project-manager', 'controller'];

/**
 * A kit entry made from the questionnaire itself, for a dimension no catalogue covers yet (a new
 * edition's new dimension): its questions, asked of the roles they are meant for, and its level
 * descriptions as what to listen for and what to look for in documents. Plain, but never empty.
 */
export const entryFromQuestionnaire = (dimension: Dimension): KitEntry => {
  const interview: Partial<Record<StakeholderRole, string[]>> = {};
  for (const question of dimension.questions)
    for (const role of question.audience ?? EVERYONE)
      interview[role] = [...(interview[role] ?? []), question.text];
  const atLevel = (i: number) => dimension.questions.map((q) => q.levels[i]).join(' ');
  const levels = [0, 1, 2, 3, 4].map(atLevel) as unknown as ByLevel;
  return { interview, listenFor: levels, documents: levels };
};
