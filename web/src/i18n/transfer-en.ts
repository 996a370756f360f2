/**
 * The device-transfer texts in English: loaded with the transfer panels, which few stakeholders
 * open, so the questionnaire does not carry them.
 */
export const TRANSFER_EN = {
  'transfer.failed': 'That did not work; check your connection and try again.',
  'transfer.explain':
    'Your link works only in this browser, so nobody else can open your answers with it. To move, open the link on the other device: it asks for a code, which only this device can show. The code works once, for 10 minutes; afterwards the link works there and no longer here.',
  'transfer.show': 'Show a transfer code',
  'transfer.code': 'Your transfer code:',
  'transfer.validUntil': '(valid until {time})',
  'other.title': 'This link is in use on another device, or its answers were already submitted',
  'other.protect':
    'To protect your answers, your personal link works only in the browser where it was first used, and submitted answers are never shown again. Nobody, your consultant included, can open your answers with the link or tell which of the two is the case.',
  'other.continueTitle': 'Continue here',
  'other.howTo':
    'On the device you used before, open your link and choose “Continue on another device”. Type the code it shows:',
  'other.codeLabel': 'Transfer code',
  'other.continue': 'Continue here',
  'other.neverTitle': 'Never used this link before, or want to start again?',
  'other.never':
    'Ask your consultant for a new link. It starts empty, and nothing entered through the old one can be read through it. If you already submitted, your answers stay counted.',
} as const;

export type TransferKey = keyof typeof TRANSFER_EN;
export type TransferCatalogue = Readonly<Record<TransferKey, string>>;
