import type { StakeholderRole } from '../../contract/roles';

/** Five texts, index 0 is level 1. */
export type ByLevel = readonly [string, string, string, string, string];

/**
 * The fieldwork kit for one dimension, in one language: what a consultant asks in interviews, what
 * they listen for, and what documents they request to corroborate a level. An appraisal grants a
 * level only on evidence, so every level names what would show it.
 */
export interface KitEntry {
  /** Interview questions by the role of the person interviewed: only the roles who live the practice. */
  interview: Readonly<Partial<Record<StakeholderRole, readonly string[]>>>;
  /** What an answer sounds like at each level, 1 to 5. */
  listenFor: ByLevel;
  /** The documents or records that show each level, 1 to 5. */
  documents: ByLevel;
}

/** One language's kit entries of one edition, by dimension id. */
export type KitDimensions = Readonly<Record<string, KitEntry>>;

/**
 * Where a dimension's entry came from: its edition's own catalogue (or the edition it inherits),
 * another edition's entry for the same dimension id, the English one, or (when no catalogue has the
 * id) one made from the questionnaire's own questions and level descriptions.
 */
export type KitSource = 'edition' | 'other-edition' | 'english' | 'questionnaire';
