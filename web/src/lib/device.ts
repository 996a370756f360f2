import type { Device } from '../../../functions/core/questionnaire/reading-time';

/**
 * Phones read slower (functions/core/questionnaire/reading-time.ts): a touch screen or a narrow window
 * counts as one, so the time shown is the longer of the two where in doubt.
 */
export const readingDevice = (): Device =>
  typeof matchMedia === 'function' && matchMedia('(pointer: coarse), (max-width: 40rem)').matches
    ? 'phone'
    : 'desktop';
