import { OFFICE_EN, type OfficeKey } from '../../core/office/words';

/** The office's sentences in this language (placeholder: the source text until translated). */
export const officeDeTexts = (): Readonly<Record<OfficeKey, string>> => OFFICE_EN;
