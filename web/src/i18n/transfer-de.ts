import type { TransferCatalogue } from './transfer-en';

/** Die Texte zum Gerätewechsel auf Deutsch. */
export const TRANSFER_DE: TransferCatalogue = {
  'transfer.failed': 'Das hat nicht geklappt; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'transfer.explain':
    'Ihr Link funktioniert nur in diesem Browser, damit niemand sonst Ihre Antworten damit öffnen kann. Zum Wechseln öffnen Sie den Link auf dem anderen Gerät: Er fragt nach einem Code, den nur dieses Gerät anzeigen kann. Der Code gilt einmal, für 10 Minuten; danach funktioniert der Link dort und nicht mehr hier.',
  'transfer.show': 'Übertragungscode anzeigen',
  'transfer.code': 'Ihr Übertragungscode:',
  'transfer.validUntil': '(gültig bis {time})',
  'other.title':
    'Dieser Link wird auf einem anderen Gerät verwendet, oder seine Antworten wurden schon abgeschickt',
  'other.protect':
    'Zum Schutz Ihrer Antworten funktioniert Ihr persönlicher Link nur in dem Browser, in dem er zuerst verwendet wurde, und abgeschickte Antworten werden nie wieder angezeigt. Niemand, auch Ihr Berater nicht, kann Ihre Antworten mit dem Link öffnen oder erkennen, welcher der beiden Fälle vorliegt.',
  'other.continueTitle': 'Hier fortfahren',
  'other.howTo':
    'Öffnen Sie auf dem bisher genutzten Gerät Ihren Link und wählen Sie „Auf einem anderen Gerät fortfahren“. Geben Sie den angezeigten Code ein:',
  'other.codeLabel': 'Übertragungscode',
  'other.continue': 'Hier fortfahren',
  'other.neverTitle': 'Diesen Link noch nie verwendet, oder neu beginnen?',
  'other.never':
    'Bitten Sie Ihren Berater um einen neuen Link. Er beginnt leer, und nichts, was über den alten eingegeben wurde, lässt sich über ihn lesen. Haben Sie schon abgeschickt, zählen Ihre Antworten weiter.',
};
