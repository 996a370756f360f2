/**
 * The public pages' texts in English (home, quick check, the context form): fetched only where
 * those pages render, so the questionnaire never carries them.
 */
export const PUBLIC_EN = {
  'form.notStated': 'Not stated',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.choose': 'Choose…',
  'quick.loading': 'Loading the questionnaire…',
  'quick.change': '← Change answers',
  'quick.compare': 'Compare the options',
  'quick.print': 'Print or save as PDF',
  'quick.toAssessment': 'Turn into a full assessment',
  'quick.signIn': 'Sign in to run a full assessment',
  'quick.resultTitle': 'Your quick-check result',
  'quick.stepLabel': 'Step {step} of {steps}',
  'quick.whereOrg': 'Your organisation first',
  'quick.whereSection': 'Section {section} of {sections}',
  'quick.progress':
    '{where} · {answered} of {total} questions answered · {minutes, plural, =0 {nothing left} other {about # min left}}',
  'quick.orgTitle': 'Your organisation',
  'quick.orgIntro':
    'A few facts about your organisation decide, together with your answers, whether a PMO pays off and which kind.',
  'quick.scoring': 'Scoring…',
  'quick.see': 'See my result',
  'home.title': 'Do you need a PMO, and which one?',
  'home.lead':
    'PMO Blueprint measures how your organisation runs projects today across {dimensions, plural, =0 {its dimensions} other {# dimensions}}, decides whether a Project Management Office would pay off, recommends the model that fits (weather station, control tower or resource source) and how to source it, and turns that into a phased rollout plan. Every number shows how it was reached.',
  'home.owners': 'Business owners',
  'home.ownersText':
    'Answer alone in about a quarter of an hour, no account needed, and get the verdict at once.',
  'home.ownersCta': 'Start the quick check',
  'home.consultants': 'Consultants',
  'home.consultantsText':
    'Run a client assessment: invite stakeholders by role, follow their answers, read where executives and project managers disagree, and hand over a report and a rollout plan.',
  'home.leadership': 'Leadership',
  'home.leadershipText':
    'Compare the three PMO models and the sourcing options side by side, and see how the answer changes with your context.',
  // quick check: its own result address, start over, the open questions, the next step (issue 12)
  'quick.clientName': 'Organisation or client name',
  'quick.create': 'Create the assessment',
  'quick.cancel': 'Cancel',
  'quick.shareTitle': 'PMO Blueprint quick-check result',
  'quick.teamTitle': 'Run it with your team.',
  'quick.teamText':
    'One person’s view is a start. A full assessment asks executives, managers and project staff anonymously, shows where they disagree and ends in a report you can hand to a steering committee.',
  'quick.badLink':
    'This result link is incomplete: some figures about the organisation are missing or out of range.',
  'quick.cannotScore': 'The result cannot be worked out right now. Check your connection and try again.',
  'quick.cannotShow': 'The result cannot be shown',
  'quick.outdated':
    'This result was made with questionnaire edition {edition}, and the questions have changed since. Review your answers or start over with the current questions.',
  'quick.retry': 'Try again',
  'quick.cleared':
    'Started over: {answered, plural, =0 {your figures were} one {your figures and # answer were} other {your figures and # answers were}} cleared.',
  'quick.undo': 'Undo',
  'quick.dismiss': 'Dismiss',
  'quick.startOver': 'Start over',
  'quick.cannotStart': 'The quick check cannot start',
  'quick.cannotLoad': 'The questions cannot be loaded right now. Check your connection and reload the page.',
  'quick.reload': 'Reload',
  'quick.stepTitle': 'Quick check: {section}',
  'quick.orgStepTitle': 'Quick check: your organisation',
  'quick.beforeScoring': 'Before we score',
  'quick.openCounts':
    'Open questions count as unanswered: the dimensions they belong to rest on fewer answers, and the result says how firm it is.',
  'quick.fixFigures': 'Some figures need a look before the questions start: see the fields marked below.',
  'quick.seeAnyway': 'See my result anyway',
  'share.button': 'Share this result',
  'share.copied': 'Link copied: paste it into an e-mail or a chat.',
  'share.copyFromBar': 'Copy the link from the address bar: it brings back this result.',
  'ctx.enterNumber': 'Enter a number here.',
  'ctx.choose': 'Choose the option closest to you.',
  'ctx.whole': 'Enter a whole number, such as 12.',
  'ctx.negative': 'This cannot be below zero.',
  'ctx.atLeastOne': 'Count at least one person: yourself.',
  'ctx.atLeast': 'Enter at least {min}.',
  'ctx.atMost': 'Enter at most {max}.',
  'ctx.notNumber': 'Enter a number, such as 2.5.',
  'ctx3.businessUnits.label': 'Units that run their own projects (optional)',
  'ctx3.businessUnits.help':
    'Divisions, countries or subsidiaries with their own project budget and people. 1 if projects are run as one.',
  'ctx3.deliveryApproach.label': 'How projects are delivered (optional)',
  'ctx3.deliveryApproach.help': 'Most of your projects, as they are run today.',
  'ctx3.deliveryApproach.plan-driven': 'Plan-driven: phases, plans and stage gates',
  'ctx3.deliveryApproach.agile': 'Agile: sprints, backlogs and product teams',
  'ctx3.deliveryApproach.mixed': 'Mixed: some of each',
  'ctx3.projectsFor.label': 'Whom your projects are for (optional)',
  'ctx3.projectsFor.help':
    'Your own change, or orders you deliver to customers (machines, buildings, systems, campaigns)?',
  'ctx3.projectsFor.own-organisation': 'Our own organisation: projects change how we work',
  'ctx3.projectsFor.customers': 'Customers: each project is an order we deliver',
  'ctx3.projectsFor.both': 'Both: customer orders and our own change',
  'ctx3.horizonMonths.label': 'For how many months? (optional)',
  'ctx3.horizonMonths.help': 'How long the temporary need lasts: 3 to 120 months.',
  'ctx3.existingPmoFte.label': 'People in today’s PMO (optional)',
  'ctx3.existingPmoFte.help': 'In full-time equivalents: two people working half-time count as 1.',
  'rates.title': 'Costs (optional)',
  'rates.intro':
    'With your own day rates the cost comes in your currency. Without them, documented default rates in EUR are used.',
  'rates.currency': 'Currency',
  'rates.currencyHelp': 'A code such as EUR, CHF, GBP or USD.',
  'rates.dayRate': 'Day rate of your own staff',
  'rates.dayRateHelp': 'What one person-day of an employee costs, all costs included.',
  'rates.externalDayRate': 'Day rate of an outside firm (optional)',
  'rates.externalHelp': 'Used for outsourced work, and for a hybrid office until it is handed over.',
  'rates.needCurrency': 'Name the currency of the rates.',
  'rates.needDayRate': 'Enter your own staff’s day rate too, or leave all three empty.',
  'rates.positive': 'Enter an amount above 0.',
  'rates.tooLong': 'Use at most 8 characters, such as EUR.',
  'ctx.moreManagers':
    'There cannot be more people managing projects ({managers}) than people in the organisation ({people}).',
} as const;

export type PublicKey = keyof typeof PUBLIC_EN;
export type PublicCatalogue = Readonly<Record<PublicKey, string>>;
