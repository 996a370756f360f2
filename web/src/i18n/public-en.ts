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
  'quick.clientPrompt': 'Client name for the assessment?',
  'quick.change': '← Change answers',
  'quick.compare': 'Compare the options',
  'quick.print': 'Print or save as PDF',
  'quick.toAssessment': 'Turn into a full assessment',
  'quick.signIn': 'Sign in to run a full assessment',
  'quick.resultTitle': 'Your quick-check result',
  'quick.stepLabel': 'Step {step} of {steps}',
  'quick.progress':
    'Step {step} of {steps} · {answered} of {total} questions answered · about {minutes} min left',
  'quick.orgTitle': 'Your organisation',
  'quick.orgIntro':
    'A few facts about your organisation decide, together with your answers, whether a PMO pays off and which kind.',
  'quick.scoring': 'Scoring…',
  'quick.see': 'See my result',
  'home.title': 'Do you need a PMO, and which one?',
  'home.lead':
    'PMO Blueprint measures how your organisation runs projects today across ten dimensions, decides whether a Project Management Office would pay off, recommends the model that fits (weather station, control tower or resource source) and how to source it, and turns that into a phased rollout plan. Every number shows how it was reached.',
  'home.owners': 'Business owners',
  'home.ownersText': 'Answer alone in about ten minutes, no account needed, and get the verdict at once.',
  'home.ownersCta': 'Start the quick check',
  'home.consultants': 'Consultants',
  'home.consultantsText':
    'Run a client assessment: invite stakeholders by role, follow their answers, read where executives and project managers disagree, and hand over a report and a rollout plan.',
  'home.leadership': 'Leadership',
  'home.leadershipText':
    'Compare the three PMO models and the sourcing options side by side, and see how the answer changes with your context.',
} as const;

export type PublicKey = keyof typeof PUBLIC_EN;
export type PublicCatalogue = Readonly<Record<PublicKey, string>>;
