/**
 * What the web app says, in English (the source). French and German live in their own modules,
 * loaded only when chosen. Template syntax: functions/i18n/format.ts.
 */
export const WEB_EN = {
  'app.skip': 'Skip to content',
  'app.notFound': 'Page not found',
  'app.backToStart': 'Back to the start',
  'nav.main': 'Main',
  'nav.quickCheck': 'Quick check',
  'nav.compare': 'Compare',
  'nav.assessments': 'Assessments',
  'nav.portfolio': 'Portfolio',
  'nav.branding': 'Branding',
  'nav.outbox': 'Outbox',
  'nav.signOut': 'Sign out ({organisation})',
  'nav.signIn': 'Consultant sign-in',
  'language.label': 'Language',

  'respond.invalidLink':
    'This link is not valid. It may have been replaced or withdrawn; ask your consultant for a new one.',
  'respond.cannotLoad':
    'The questionnaire cannot be loaded right now. Check your connection and reload the page.',
  'respond.malformedLink':
    'This address is not a complete invite link. Open the link from your invitation again, or ask your consultant for a new one.',
  'respond.noLink':
    'This page opens with your personal invite link. Open it from your invitation; once your answers are submitted, the link shows nothing more in this browser.',
  'respond.alreadySubmitted':
    'Your answers were submitted. They are final and count anonymously; to protect them, this link shows nothing more.',
  'respond.loading': 'Loading your questionnaire…',
  'respond.thanks': 'Thank you: your answers are submitted. They are final and count anonymously.',
  'respond.submitFailed': 'Submitting failed; your answers are kept. Try again.',
  'respond.invitedBy': 'Invited by {firm}',
  'respond.answeringAs': 'answering as {who}',
  'respond.answerBy': 'please answer by {dueDate, date}',
  'respond.submittedMark': 'submitted',
  'respond.submittedNotice': 'Your answers are submitted: they are shown here but can no longer be changed.',
  'respond.closedNotice': 'This assessment is closed. Your answers are shown but can no longer be changed.',
  'respond.introTitle': 'How {client} runs its projects',
  'respond.intro':
    '{sections} short sections ask how projects are run today. {rule} If you cannot tell, choose “{dontKnow}”; if it does not apply to you, “{notApplicable}”. Neither counts in the scores.',
  'respond.saving':
    'Every answer is saved as you give it, so you can stop and come back with this link in this browser (to move to another device, use “Continue on another device” above).',
  'respond.servicesTitle': 'What should a project office do for you?',
  'respond.servicesLegend': 'Pick up to three services that would help you most.',
  'respond.submitting': 'Submitting…',
  'respond.submit': 'Submit my answers',
  'respond.back': '← Back',
  'respond.start': 'Start',
  'respond.next': 'Next →',
  'question.note': 'Note (optional)',
  'respond.keys':
    "Keyboard: keys 1 to 5 pick a level, D “Don't know”, N “Not applicable”, H “Not my area”; Tab moves on.",
  'save.saved': 'All answers saved',
  'save.saving': 'Saving…',
  'save.offline': 'Offline: answers are kept on this device and sent when the connection returns',
  'save.error': 'Not saved',
  'save.idle': 'Answers save as you go',
  'privacy.seesTitle': 'What your consultant sees:',
  'privacy.sees':
    'who was invited, and how many people have submitted, counted in batches of {k}; results by role group once at least {k} people have submitted. Never whether you opened, started or submitted the questionnaire, or when.',
  'privacy.hiddenTitle': 'What nobody sees:',
  'privacy.hidden':
    'your individual answers, your notes, or whether and when you answered. Groups smaller than {k} are pooled or withheld. Your link works only in the browser you first answer in; once you submit, your answers are final.',
  'respond.among':
    'Your answers are published only among the {count, number} {roles} invited, in groups of at least {k}, never on their own.',
  'respond.pooled':
    'Fewer than {k} {roles} are invited, so your answers are pooled with other small roles and never shown as your role’s own.',
  'respond.contested':
    'On {date, date}, someone tried to use your link on another device and was turned away. If that wasn’t you, ask your consultant for a new link.',
  'respond.starting': 'Opening…',
  'respond.startFailed': 'The questionnaire could not be opened for answering: {error}',
  'respond.erase.summary': 'Your data',
  'respond.erase.intro':
    'You can erase what this questionnaire holds about you: your name, your e-mail address, and answers and notes you have not submitted. If you have already submitted, those answers stay counted, anonymously. Afterwards this link no longer opens your questionnaire.',
  'respond.erase.button': 'Erase my data',
  'respond.erase.title': 'Erase your data?',
  'respond.erase.body':
    'This cannot be undone. Your name, e-mail address, draft and notes are erased; a submission you made stays counted, anonymously. Your consultant will see that this invitation was erased.',
  'respond.erase.confirm': 'Erase for good',
  'respond.erase.keep': 'Keep my data',
  'respond.erase.done':
    'Your data is erased, and nothing of this questionnaire is left in this browser. You can close this page.',
  'respond.erase.unavailable': 'Erasing is not available here yet. Ask your consultant to erase your data.',
  'role.executive': 'Executive',
  'role.management': 'Manager',
  'role.project-manager': 'Project manager',
  'role.controller': 'Controller',
  'role.team-member': 'Team member',
  'role.other': 'Other stakeholder',
  'transfer.summary': 'Continue on another device',
  'steps.sections': 'Sections',
  'steps.stillOpen': '{open, plural, one {# question} other {# questions}} still open',
  'steps.goOn':
    "You can go on without them, but each one you answer makes the result firmer. “Don't know” counts as an answer.",
  'steps.question': '{section}, question {n}',
  // respondents' time (issue 12)
  'respond.doneLabel': '{done} of {total} questions done',
  'respond.progressDone':
    '{done} of {total} done{handedOn, plural, =0 {} other { (# not my area)}} · {minutes, plural, =0 {nothing left to do} other {about # min left}}',
  'respond.routeTime': 'About {minutes, plural, one {# minute} other {# minutes}} for your role.',
  'respond.routeSplit':
    '{own, plural, one {# question is} other {# questions are}} about your own work and come first in each section. The other {others} are usually for other roles: answer them if you can, or choose “Not my area”.',
  'question.keys':
    'Keyboard: 1–5 choose a level, D “{dontKnow}”, N “{notApplicable}”, and focus moves on to the next question; Tab goes from question to question.',
  'question.keysHandOn': 'H: not my area.',
  'question.keysNote': 'C: write a note (Esc leaves it).',
  'question.handOn': 'Not my area',
  'question.handedOnNote':
    'Passed on: counted neither as an answer nor as “don’t know”. Pick a level to answer after all.',
  'question.othersTitle': 'Often answered by other roles',
  'question.othersIntro': 'Answer them if you can; if not, choose “Not my area”.',
  'question.oftenBy': 'Optional for your role: often answered by {roles}.',
  'roles.executive': 'executives',
  'roles.management': 'managers',
  'roles.project-manager': 'project managers',
  'roles.controller': 'controllers',
  'roles.team-member': 'team members',
  'roles.other': 'other stakeholders',
  'steps.chipDone': '{section}: {done} of {total} done{handedOn, plural, =0 {} other {, # not my area}}',
  // route titles and shell (issue 12)
  'title.home': 'Do you need a PMO, and which one?',
  'title.quickCheckResult': 'Your quick-check result',
  'title.quickCheck': 'Quick check',
  'title.respond': 'Questionnaire',
  'title.signIn': 'Consultant sign-in',
  'title.newAssessment': 'New assessment',
  'title.report': 'Report',
  'title.assessment': 'Assessment',
  'title.assessments': 'Assessments',
  'title.outbox': 'Outbox',
  'title.compare': 'Compare the PMO options',
  'title.share': 'Shared result',
  'title.portfolio': 'Portfolio',
  'title.branding': 'Branding',
  'title.notFound': 'Page not found',
  'nav.menu': 'Menu',
  'shell.offline': 'You are offline. This page may be out of date; it refreshes when you are back online.',
  'shell.offlineAnswers':
    'You are offline. Your answers are kept on this device and will be sent when you are back online.',
} as const;

export type WebKey = keyof typeof WEB_EN;
export type WebCatalogue = Readonly<Record<WebKey, string>>;
