/** Five texts, index 0 is level 1: strictly ordered, each level includes the one before. */
export type FiveLevels = readonly [string, string, string, string, string];

/** What an edition's questionnaire says, by id: everything a respondent reads. */
export interface EditionText {
  answerRule: string;
  dimensions: Readonly<Record<string, { name: string; summary: string; quickWin: string }>>;
  questions: Readonly<Record<string, { text: string; levels: FiveLevels }>>;
}

/** What every edition shares: the maturity levels, the PMO services and the context fields. */
export interface SharedText {
  levels: readonly [LevelText, LevelText, LevelText, LevelText, LevelText];
  special: { dontKnow: string; notApplicable: string };
  services: Readonly<Record<string, string>>;
  context: Readonly<
    Record<string, { label: string; help: string; options?: Readonly<Record<string, string>> }>
  >;
}

export interface LevelText {
  name: string;
  description: string;
}

/** One language's questionnaire: the shared texts and one entry per edition. */
export interface QuestionnaireText {
  shared: SharedText;
  editions: Readonly<Record<string, EditionText>>;
}
