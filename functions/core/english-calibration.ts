/**
 * What the engine says about validated levels, in English (the source; functions/i18n/engine
 * translates it). Spread into the engine's catalogue (english.ts).
 */
export const EN_CALIBRATION = {
  'validation.evidenceCount':
    '{count, plural, =0 {no documented evidence yet} one {# documented evidence item} other {# documented evidence items}}',
  'validation.agreedSurveyed':
    '{dimension}: level {level} agreed in the calibration workshop ({evidence}), where the survey scored {surveyed, number, 2}; the engine uses the agreed level.',
  'validation.agreedUnpublished':
    '{dimension}: level {level} agreed in the calibration workshop ({evidence}); the survey publishes no score for it; the engine uses the agreed level.',
  'validation.overall':
    'With {count, plural, one {# validated level} other {# validated levels}} in place of the survey, the overall score is {overall, number, 2} (level {level}).',
  'validation.trailSummary':
    '{dimension}: the agreed level changed {count, plural, one {# time} other {# times}}, last on {date}, from {from} to {to}: {why}',
} as const;
