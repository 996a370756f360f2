import type { TransferCatalogue } from './transfer-en';

/** Les textes du transfert d’appareil en français. */
export const TRANSFER_FR: TransferCatalogue = {
  'transfer.failed': 'Cela n’a pas fonctionné ; vérifiez votre connexion et réessayez.',
  'transfer.explain':
    'Votre lien ne fonctionne que dans ce navigateur : personne d’autre ne peut ouvrir vos réponses avec lui. Pour changer d’appareil, ouvrez le lien sur l’autre appareil : il demande un code que seul cet appareil-ci peut afficher. Le code sert une seule fois, pendant 10 minutes ; ensuite le lien fonctionne là-bas et plus ici.',
  'transfer.show': 'Afficher un code de transfert',
  'transfer.code': 'Votre code de transfert :',
  'transfer.validUntil': '(valable jusqu’à {time})',
  'other.title': 'Ce lien est utilisé sur un autre appareil, ou ses réponses ont déjà été envoyées',
  'other.protect':
    'Pour protéger vos réponses, votre lien personnel ne fonctionne que dans le navigateur où il a servi en premier, et des réponses envoyées ne sont plus jamais affichées. Personne, votre consultant compris, ne peut ouvrir vos réponses avec le lien ni savoir lequel des deux cas s’applique.',
  'other.continueTitle': 'Continuer ici',
  'other.howTo':
    'Sur l’appareil utilisé auparavant, ouvrez votre lien et choisissez « Continuer sur un autre appareil ». Saisissez le code affiché :',
  'other.codeLabel': 'Code de transfert',
  'other.continue': 'Continuer ici',
  'other.neverTitle': 'Jamais utilisé ce lien, ou besoin de recommencer ?',
  'other.never':
    'Demandez un nouveau lien à votre consultant. Il s’ouvre sur un questionnaire vide, et rien de ce qui a été saisi par l’ancien lien ne peut être lu par lui. Si vous avez déjà répondu, vos réponses restent comptées.',
};
