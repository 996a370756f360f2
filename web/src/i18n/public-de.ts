import type { PublicCatalogue } from './public-en';

/** Die Texte der öffentlichen Seiten auf Deutsch. */
export const PUBLIC_DE: PublicCatalogue = {
  'form.notStated': 'Keine Angabe',
  'form.yes': 'Ja',
  'form.no': 'Nein',
  'form.choose': 'Bitte wählen…',
  'quick.loading': 'Der Fragebogen wird geladen…',
  'quick.clientPrompt': 'Name des Kunden für die Bewertung?',
  'quick.change': '← Antworten ändern',
  'quick.compare': 'Optionen vergleichen',
  'quick.print': 'Drucken oder als PDF speichern',
  'quick.toAssessment': 'In eine vollständige Bewertung umwandeln',
  'quick.signIn': 'Anmelden für eine vollständige Bewertung',
  'quick.resultTitle': 'Ihr Schnellcheck-Ergebnis',
  'quick.stepLabel': 'Schritt {step} von {steps}',
  'quick.progress':
    'Schritt {step} von {steps} · {answered} von {total} Fragen beantwortet · noch etwa {minutes} Min.',
  'quick.orgTitle': 'Ihre Organisation',
  'quick.orgIntro':
    'Einige Angaben zu Ihrer Organisation entscheiden zusammen mit Ihren Antworten, ob sich ein PMO lohnt und welches.',
  'quick.scoring': 'Wird berechnet…',
  'quick.see': 'Mein Ergebnis anzeigen',
  'home.title': 'Brauchen Sie ein PMO, und welches?',
  'home.lead':
    'PMO Blueprint misst in zehn Dimensionen, wie Ihre Organisation heute Projekte durchführt, entscheidet, ob sich ein Projektmanagement-Office (PMO) lohnt, empfiehlt das passende Modell (Wetterstation, Kontrollturm oder Ressourcenpool) und seine Besetzung und macht daraus einen Einführungsplan in Phasen. Jede Zahl zeigt, wie sie zustande kam.',
  'home.owners': 'Unternehmer',
  'home.ownersText':
    'Antworten Sie allein in etwa zehn Minuten, ohne Konto, und erhalten Sie sofort das Ergebnis.',
  'home.ownersCta': 'Schnellcheck starten',
  'home.consultants': 'Berater',
  'home.consultantsText':
    'Führen Sie eine Kundenbewertung durch: Laden Sie Stakeholder nach Rolle ein, verfolgen Sie ihre Antworten, erkennen Sie, wo Geschäftsleitung und Projektleiter uneins sind, und übergeben Sie einen Bericht und einen Einführungsplan.',
  'home.leadership': 'Geschäftsleitung',
  'home.leadershipText':
    'Vergleichen Sie die drei PMO-Modelle und die Besetzungsoptionen nebeneinander und sehen Sie, wie sich die Antwort mit Ihrem Kontext ändert.',
};
