/** Deutsche Zeichenketten. */
import serviceTypes from '@atelier/client/service-type-names/de';
import type { ServiceTrackerMessages } from './en.ts';
import forms from '../../../forms/locales/de.ts';

const de: ServiceTrackerMessages = {
  ...forms,
  languageTag: 'de',

  loading: 'Ihre Reparatur wird gesucht…',
  retry: 'Erneut versuchen',

  lookupTitle: 'Ihre Reparatur verfolgen',
  lookupIntro: 'Geben Sie den Sendungscode aus Ihrer Buchungsbestätigung und die E-Mail-Adresse ein, mit der Sie gebucht haben.',
  trackingCodeLabel: 'Sendungscode',
  trackingCodeHint: 'Zum Beispiel 7XK2-M9QD-R4TB. Bindestriche und Großbuchstaben sind optional.',
  emailLabel: 'E-Mail',
  lookupSubmit: 'Meine Reparatur finden',

  unknownRepair: 'Zu diesem Sendungscode und dieser E-Mail-Adresse haben wir keine Reparatur gefunden. Prüfen Sie beides und versuchen Sie es erneut.',
  linkNoLongerValid: 'Dieser Link öffnet Ihre Reparatur nicht mehr. Geben Sie stattdessen Ihren Sendungscode und Ihre E-Mail-Adresse ein.',
  rateLimited: (wait: string) => `Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in ${wait} erneut.`,
  rateLimitedNoWait: 'Zu viele Versuche in kurzer Zeit. Bitte warten Sie einen Moment, bevor Sie es erneut versuchen.',
  offline: 'Der Server ist nicht erreichbar: Prüfen Sie Ihre Verbindung. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut, sobald Sie verbunden sind.',
  unexpectedError: 'Bei uns ist ein Fehler aufgetreten. Ihre Eingaben bleiben erhalten: Bitte versuchen Sie es gleich noch einmal.',

  trackerTitle: (code: string) => `Reparatur ${code}`,
  pieceSummary: (service: string, serial: string) => `${service} des Stücks mit der Seriennummer ${serial}`,
  refresh: 'Aktualisieren',
  trackAnother: 'Eine andere Reparatur verfolgen',

  serviceTypes,

  progressHeading: 'Fortschritt',
  currentStage: 'aktueller Schritt',
  upcomingStage: 'folgt',
  stages: {
    requested: 'Gebucht',
    received: 'Im Servicecenter eingegangen',
    diagnosed: 'Diagnose erstellt',
    awaiting_approval: 'Kostenvoranschlag wartet auf Ihre Entscheidung',
    approved: 'Kostenvoranschlag angenommen',
    declined: 'Kostenvoranschlag abgelehnt',
    in_repair: 'In Reparatur',
    quality_control: 'Qualitätskontrolle',
    ready: 'Abholbereit',
    returned: 'Zurückgegeben',
    cancelled: 'Storniert',
  },

  detailsHeading: 'Ihre Reparatur',
  centreTerm: 'Servicecenter',
  dropOffTerm: 'Abgabe',
  slotDropOff: (window: string) => `In der Boutique: ${window}`,
  mailInDropOff: 'Per Post',
  mailInInstructionsTerm: 'So senden Sie Ihr Stück ein',
  promisedTerm: 'Zugesagt für',
  notPromisedYet: 'Wird festgelegt, sobald das Servicecenter Ihr Stück erhalten hat.',
  onTime: 'Im Zeitplan',
  late: 'Verspätet: zugesagtes Datum überschritten',
  warrantyTerm: 'Garantie',
  warrantyStatuses: {
    pending_confirmation: 'Wartet auf Ihre Bestätigung',
    active: 'Aktiv',
    expired: 'Abgelaufen',
    void: 'Ungültig',
  },
  warrantyCoverage: (status: string, date: string) => `${status}, gültig bis ${date}`,

  estimateHeading: 'Kostenvoranschlag',
  estimateCaption: (date: string) => `Kostenvoranschlag, gültig bis ${date}`,
  itemColumn: 'Arbeiten',
  amountColumn: 'Betrag',
  coveredByWarranty: 'Durch die Garantie gedeckt',
  totalRow: 'Zu zahlender Betrag',
  decisionIntro: 'Geben Sie Ihren vollständigen Namen ein, um Ihre Entscheidung zu unterzeichnen, und nehmen Sie den Kostenvoranschlag dann an oder lehnen Sie ihn ab.',
  signatureLabel: 'Ihr vollständiger Name',
  approve: 'Kostenvoranschlag annehmen',
  decline: 'Kostenvoranschlag ablehnen',
  confirmApproveTitle: 'Diesen Kostenvoranschlag annehmen?',
  confirmDeclineTitle: 'Diesen Kostenvoranschlag ablehnen?',
  confirmApproveBody: (total: string, name: string) => `Sie beauftragen die Arbeiten für ${total}, unterzeichnet von ${name}. Das Servicecenter beginnt mit der Reparatur.`,
  confirmDeclineBody: (name: string) => `Sie lehnen die Arbeiten ab, unterzeichnet von ${name}. Ihr Stück wird ohne Reparatur zurückgegeben.`,
  confirmApprove: 'Ja, annehmen',
  confirmDecline: 'Ja, ablehnen',
  back: 'Zurück',
  sendingDecision: 'Ihre Entscheidung wird gesendet…',
  decisionApproved: (name: string, date: string) => `Angenommen von ${name} am ${date}.`,
  decisionDeclined: (name: string, date: string) => `Abgelehnt von ${name} am ${date}.`,
  estimateExpired: 'Dieser Kostenvoranschlag ist abgelaufen. Das Servicecenter sendet Ihnen einen neuen.',
  statusChanged: 'Ihre Reparatur hat sich inzwischen geändert. Hier ist der aktuelle Stand.',

  ratingHeading: 'Wie war unser Service?',
  ratingLegend: 'Ihre Bewertung',
  ratingScores: ['1 – Sehr schlecht', '2 – Schlecht', '3 – Befriedigend', '4 – Gut', '5 – Ausgezeichnet'],
  commentLabel: 'Kommentar',
  rateSubmit: 'Bewertung senden',
  sendingRating: 'Ihre Bewertung wird gesendet…',
  ratingThanks: (score: number, max: number) => `Vielen Dank für Ihre Bewertung: ${score} von ${max}.`,

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    trackingCode: {
      too_short: 'Ein Sendungscode hat 12 Buchstaben und Ziffern.',
      too_long: 'Ein Sendungscode hat 12 Buchstaben und Ziffern.',
      invalid_format: 'Ein Sendungscode enthält nur Buchstaben, Ziffern und Bindestriche.',
    },
    email: { invalid_format: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.' },
    name: { required: 'Geben Sie zum Unterzeichnen Ihren vollständigen Namen ein.' },
    score: { required: 'Wählen Sie eine Bewertung von 1 bis 5.', invalid_value: 'Wählen Sie eine Bewertung von 1 bis 5.' },
  },
};

export default de;
