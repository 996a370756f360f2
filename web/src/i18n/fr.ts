import type { WebCatalogue } from './en';

/** L’application web en français (vouvoiement). */
export const WEB_FR: WebCatalogue = {
  'app.skip': 'Aller au contenu',
  'app.notFound': 'Page introuvable',
  'app.backToStart': 'Retour à l’accueil',
  'nav.main': 'Navigation principale',
  'nav.quickCheck': 'Diagnostic rapide',
  'nav.compare': 'Comparer',
  'nav.assessments': 'Évaluations',
  'nav.portfolio': 'Portefeuille',
  'nav.branding': 'Image de marque',
  'nav.outbox': 'Messages envoyés',
  'nav.signOut': 'Se déconnecter ({organisation})',
  'nav.signIn': 'Connexion consultant',
  'language.label': 'Langue',

  'respond.invalidLink':
    'Ce lien n’est pas valide. Il a peut-être été remplacé ou retiré ; demandez-en un nouveau à votre consultant.',
  'respond.cannotLoad':
    'Le questionnaire ne peut pas être chargé pour le moment. Vérifiez votre connexion et rechargez la page.',
  'respond.malformedLink':
    'Cette adresse n’est pas un lien d’invitation complet. Rouvrez le lien de votre invitation ou demandez-en un nouveau à votre consultant.',
  'respond.noLink':
    'Cette page s’ouvre avec votre lien d’invitation personnel. Ouvrez-le depuis votre invitation ; une fois vos réponses envoyées, le lien n’affiche plus rien dans ce navigateur.',
  'respond.alreadySubmitted':
    'Vos réponses ont été envoyées. Elles sont définitives et comptent de façon anonyme ; pour les protéger, ce lien n’affiche plus rien.',
  'respond.loading': 'Chargement de votre questionnaire…',
  'respond.thanks':
    'Merci : vos réponses sont envoyées. Elles sont définitives et comptent de façon anonyme.',
  'respond.submitFailed': 'L’envoi a échoué ; vos réponses sont conservées. Réessayez.',
  'respond.invitedBy': 'Invité par {firm}',
  'respond.answeringAs': 'vous répondez en tant que {who}',
  'respond.answerBy': 'merci de répondre avant le {dueDate, date}',
  'respond.submittedMark': 'envoyé',
  'respond.submittedNotice':
    'Vos réponses sont envoyées : elles restent affichées mais ne peuvent plus être modifiées.',
  'respond.closedNotice':
    'Cette évaluation est close. Vos réponses restent affichées mais ne peuvent plus être modifiées.',
  'respond.introTitle': 'Comment {client} conduit ses projets',
  'respond.intro':
    '{sections} courtes sections portent sur la façon dont les projets sont conduits aujourd’hui. {rule} Si vous ne savez pas, choisissez « {dontKnow} » ; si la question ne vous concerne pas, « {notApplicable} ». Aucun des deux ne compte dans les scores.',
  'respond.saving':
    'Chaque réponse est enregistrée dès que vous la donnez : vous pouvez vous interrompre et revenir avec ce lien dans ce navigateur (pour changer d’appareil, utilisez « Continuer sur un autre appareil » ci-dessus).',
  'respond.servicesTitle': 'Qu’attendez-vous d’un bureau de gestion de projets ?',
  'respond.servicesLegend': 'Choisissez jusqu’à trois services qui vous aideraient le plus.',
  'respond.submitting': 'Envoi en cours…',
  'respond.submit': 'Envoyer mes réponses',
  'respond.back': '← Retour',
  'respond.start': 'Commencer',
  'respond.next': 'Suivant →',
  'question.note': 'Remarque (facultatif)',
  'respond.keys':
    'Clavier : les touches 1 à 5 choisissent un niveau, D « Je ne sais pas », N « Sans objet », H « Hors de mon domaine » ; Tab passe à la suite.',
  'save.saved': 'Toutes les réponses sont enregistrées',
  'save.saving': 'Enregistrement…',
  'save.offline':
    'Hors ligne : les réponses sont conservées sur cet appareil et envoyées au retour de la connexion',
  'save.error': 'Non enregistré',
  'save.idle': 'Vos réponses sont enregistrées au fil de la saisie',
  'privacy.seesTitle': 'Ce que voit votre consultant :',
  'privacy.sees':
    'qui a été invité, et combien de personnes ont répondu, comptées par lots de {k} ; les résultats par groupe de rôles dès qu’au moins {k} personnes ont répondu. Jamais si vous avez ouvert, commencé ou envoyé le questionnaire, ni quand.',
  'privacy.hiddenTitle': 'Ce que personne ne voit :',
  'privacy.hidden':
    'vos réponses individuelles, vos notes, ni si et quand vous avez répondu. Les groupes de moins de {k} personnes sont regroupés ou masqués. Votre lien ne fonctionne que dans le navigateur où vous répondez en premier ; une fois envoyées, vos réponses sont définitives.',
  'respond.among':
    'Vos réponses ne sont publiées que parmi les {count, number} {roles} invités, par groupes d’au moins {k}, jamais seules.',
  'respond.pooled':
    'Moins de {k} {roles} sont invités : vos réponses sont donc regroupées avec d’autres petits rôles et jamais montrées comme celles de votre rôle.',
  'respond.contested':
    'Le {date, date}, quelqu’un a essayé d’utiliser votre lien sur un autre appareil et a été refusé. Si ce n’était pas vous, demandez un nouveau lien à votre consultant.',
  'respond.starting': 'Ouverture…',
  'respond.startFailed': 'Le questionnaire n’a pas pu être ouvert pour répondre : {error}',
  'respond.erase.summary': 'Vos données',
  'respond.erase.intro':
    'Vous pouvez effacer ce que ce questionnaire conserve sur vous : votre nom, votre adresse e-mail, et les réponses et notes non envoyées. Si vous avez déjà répondu, ces réponses restent comptées, de façon anonyme. Ensuite, ce lien n’ouvre plus votre questionnaire.',
  'respond.erase.button': 'Effacer mes données',
  'respond.erase.title': 'Effacer vos données ?',
  'respond.erase.body':
    'C’est irréversible. Votre nom, votre adresse e-mail, votre brouillon et vos notes sont effacés ; une réponse déjà envoyée reste comptée, de façon anonyme. Votre consultant verra que cette invitation a été effacée.',
  'respond.erase.confirm': 'Effacer définitivement',
  'respond.erase.keep': 'Conserver mes données',
  'respond.erase.done':
    'Vos données sont effacées, et plus rien de ce questionnaire ne reste dans ce navigateur. Vous pouvez fermer cette page.',
  'respond.erase.unavailable':
    'L’effacement n’est pas encore disponible ici. Demandez à votre consultant d’effacer vos données.',
  'role.executive': 'Dirigeant',
  'role.management': 'Manager',
  'role.project-manager': 'Chef de projet',
  'role.controller': 'Contrôleur de gestion',
  'role.team-member': 'Membre d’équipe',
  'role.other': 'Autre partie prenante',
  'transfer.summary': 'Continuer sur un autre appareil',
  'steps.sections': 'Sections',
  'steps.stillOpen': '{open, plural, one {# question encore ouverte} other {# questions encore ouvertes}}',
  'steps.goOn':
    'Vous pouvez continuer sans elles, mais chaque réponse rend le résultat plus solide. « Je ne sais pas » compte comme une réponse.',
  'steps.question': '{section}, question {n}',
  // respondents' time (issue 12)
  'respond.doneLabel': '{done} questions traitées sur {total}',
  'respond.progressDone':
    '{done} sur {total} traitées{handedOn, plural, =0 {} other { (# hors de mon domaine)}} · {minutes, plural, =0 {plus rien à faire} other {environ # min restantes}}',
  'respond.routeTime': 'Environ {minutes, plural, one {# minute} other {# minutes}} pour votre rôle.',
  'respond.routeSplit':
    '{own, plural, one {# question porte} other {# questions portent}} sur votre propre travail et viennent en premier dans chaque section. Les {others} autres relèvent plutôt d’autres rôles : répondez-y si vous le pouvez, sinon choisissez « Hors de mon domaine ».',
  'question.keys':
    'Au clavier : 1 à 5 choisissent un niveau, D « {dontKnow} », N « {notApplicable} », puis le curseur passe à la question suivante ; Tab va de question en question.',
  'question.keysHandOn': 'H : hors de mon domaine.',
  'question.keysNote': 'C : écrire une remarque (Échap pour en sortir).',
  'question.handOn': 'Hors de mon domaine',
  'question.handedOnNote':
    'Passée : ne compte ni comme réponse ni comme « je ne sais pas ». Choisissez un niveau pour y répondre finalement.',
  'question.othersTitle': 'Souvent remplies par d’autres rôles',
  'question.othersIntro': 'Répondez-y si vous le pouvez ; sinon, choisissez « Hors de mon domaine ».',
  'question.oftenBy': 'Facultative pour votre rôle : souvent remplie par {roles}.',
  'roles.executive': 'la direction générale',
  'roles.management': 'les managers',
  'roles.project-manager': 'les chefs de projet',
  'roles.controller': 'les contrôleurs de gestion',
  'roles.team-member': 'les membres d’équipe',
  'roles.other': 'les autres parties prenantes',
  'steps.chipDone':
    '{section} : {done} sur {total} traitées{handedOn, plural, =0 {} other {, # hors de mon domaine}}',
  // route titles and shell (issue 12)
  'title.home': 'Avez-vous besoin d’un PMO, et lequel ?',
  'title.quickCheckResult': 'Le résultat de votre diagnostic rapide',
  'title.quickCheck': 'Diagnostic rapide',
  'title.respond': 'Questionnaire',
  'title.signIn': 'Connexion consultant',
  'title.newAssessment': 'Nouvelle évaluation',
  'title.report': 'Rapport',
  'title.assessment': 'Évaluation',
  'title.assessments': 'Évaluations',
  'title.outbox': 'Messages envoyés',
  'title.compare': 'Comparer les options de PMO',
  'title.share': 'Résultat partagé',
  'title.portfolio': 'Portefeuille',
  'title.branding': 'Image de marque',
  'title.notFound': 'Page introuvable',
  'nav.menu': 'Menu',
  'shell.offline':
    'Vous êtes hors ligne. Cette page n’est peut-être pas à jour ; elle s’actualise dès le retour de la connexion.',
  'shell.offlineAnswers':
    'Vous êtes hors ligne. Vos réponses sont conservées sur cet appareil et seront envoyées dès le retour de la connexion.',
};
