import type { EN_CALIBRATION } from '../../core/english-calibration';

type CalibrationTexts = Readonly<Record<keyof typeof EN_CALIBRATION, string>>;

/** Validated levels, en français (vouvoiement). */
export const FR_CALIBRATION: CalibrationTexts = {
  'validation.evidenceCount':
    '{count, plural, =0 {aucune preuve documentée pour l’instant} one {# preuve documentée} other {# preuves documentées}}',
  'validation.agreedSurveyed':
    '{dimension} : niveau {level} convenu en atelier de calibrage ({evidence}), là où l’enquête donnait {surveyed, number, 2} ; le moteur retient le niveau convenu.',
  'validation.agreedUnpublished':
    '{dimension} : niveau {level} convenu en atelier de calibrage ({evidence}) ; l’enquête ne publie aucun score pour cette dimension ; le moteur retient le niveau convenu.',
  'validation.overall':
    'Avec {count, plural, one {# niveau validé} other {# niveaux validés}} à la place de l’enquête, le score global est de {overall, number, 2} (niveau {level}).',
  'validation.trailSummary':
    '{dimension} : le niveau convenu a changé {count, plural, one {# fois} other {# fois}}, la dernière le {date}, de {from} à {to} : {why}',
};

/** Validierte Stufen, auf Deutsch (Sie-Form). */
export const DE_CALIBRATION: CalibrationTexts = {
  'validation.evidenceCount':
    '{count, plural, =0 {noch kein dokumentierter Nachweis} one {# dokumentierter Nachweis} other {# dokumentierte Nachweise}}',
  'validation.agreedSurveyed':
    '{dimension}: Stufe {level} im Kalibrierungsworkshop vereinbart ({evidence}), wo die Befragung {surveyed, number, 2} ergab; die Auswertung verwendet die vereinbarte Stufe.',
  'validation.agreedUnpublished':
    '{dimension}: Stufe {level} im Kalibrierungsworkshop vereinbart ({evidence}); die Befragung veröffentlicht dafür keinen Wert; die Auswertung verwendet die vereinbarte Stufe.',
  'validation.overall':
    'Mit {count, plural, one {# validierten Stufe} other {# validierten Stufen}} anstelle der Befragung liegt der Gesamtwert bei {overall, number, 2} (Stufe {level}).',
  'validation.trailSummary':
    '{dimension}: Die vereinbarte Stufe wurde {count, plural, one {# Mal} other {# Mal}} geändert, zuletzt am {date}, von {from} auf {to}: {why}',
};
