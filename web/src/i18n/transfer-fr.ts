import type { TransferCatalogue } from './transfer-en';

/** Les textes du transfert d’appareil en français. */
export const TRANSFER_FR: TransferCatalogue = {
  'transfer.failed': 'Cela n’a pas fonctionné ; vérifiez votre connexion et réessayez.',
  'transfer.explain':
    'Votre lien ne fonctionne que dans ce navigateur : personne d’autre ne peut ouvrir vos réponses avec lui. Pour changer d’appareil, ouvrez le lien sur l’autre appareil : il demande un code que seul cet appareil-ci peut afficher. Le code sert une seule fois, pendant 10 minutes ; ensuite le lien fonctionne là-bas et plus ici.',
  'transfer.show': 'Afficher un code de transfert',
  'transfer.code': 'Votre code de transfert :',
  'transfer.validUntil': '(valable jusqu’à {time})',
  'other.title': 'Ce lien est utilisé sur un autre appareil',
  'other.protect':
    'Pour protéger vos réponses, votre lien personnel ne fonctionne que dans le navigateur où vous avez répondu la première fois. Personne d’autre, votre consultant compris, ne peut ouvrir vos réponses avec ce lien.',
  'other.continueTitle': 'Continuer ici',
  'other.howTo':
    'Sur l’appareil utilisé auparavant, ouvrez votre lien et choisissez « Continuer sur un autre appareil ». Saisissez le code affiché :',
  'other.codeLabel': 'Code de transfert',
  'other.continue': 'Continuer ici',
  'other.neverTitle': 'Vous n’avez jamais ouvert ce lien ?',
  'other.never':
    'Alors quelqu’un d’autre l’a fait. Demandez un nouveau lien à votre consultant : il part de zéro, et rien de ce qui a été saisi avec l’ancien ne peut être lu avec lui.',
};
