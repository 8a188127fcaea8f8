/** Stringhe italiane. */
import serviceTypes from '@atelier/client/service-type-names/it';
import type { ServiceTrackerMessages } from './en.ts';
import forms from '../../../forms/locales/it.ts';

const it: ServiceTrackerMessages = {
  ...forms,
  languageTag: 'it',

  loading: 'Ricerca della riparazione…',
  retry: 'Riprova',

  lookupTitle: 'Segui la tua riparazione',
  lookupIntro: 'Inserisci il codice di monitoraggio della conferma di prenotazione e l’indirizzo e-mail usato per prenotare.',
  trackingCodeLabel: 'Codice di monitoraggio',
  trackingCodeHint: 'Ad esempio 7XK2-M9QD-R4TB. Trattini e maiuscole sono facoltativi.',
  emailLabel: 'E-mail',
  lookupSubmit: 'Trova la mia riparazione',

  unknownRepair: 'Nessuna riparazione corrisponde a questo codice di monitoraggio e a questo indirizzo e-mail. Controllali e riprova.',
  linkNoLongerValid: 'Questo link non apre più la tua riparazione. Inserisci invece il codice di monitoraggio e l’indirizzo e-mail.',
  rateLimited: (wait: string) => `Troppi tentativi in poco tempo. Riprova tra ${wait}.`,
  rateLimitedNoWait: 'Troppi tentativi in poco tempo. Attendi un momento prima di riprovare.',
  offline: 'Impossibile raggiungere il server: controlla la connessione. Quanto hai inserito viene conservato: riprova quando sei connesso.',
  unexpectedError: 'Si è verificato un errore da parte nostra. Quanto hai inserito viene conservato: riprova tra un momento.',

  trackerTitle: (code: string) => `Riparazione ${code}`,
  pieceSummary: (service: string, serial: string) => `${service} del pezzo con numero di serie ${serial}`,
  refresh: 'Aggiorna',
  trackAnother: 'Segui un’altra riparazione',

  serviceTypes,

  progressHeading: 'Avanzamento',
  currentStage: 'fase attuale',
  upcomingStage: 'da fare',
  stages: {
    requested: 'Prenotata',
    received: 'Ricevuta dal centro assistenza',
    diagnosed: 'Diagnosticata',
    awaiting_approval: 'Preventivo in attesa della tua decisione',
    approved: 'Preventivo accettato',
    declined: 'Preventivo rifiutato',
    in_repair: 'In riparazione',
    quality_control: 'Controllo qualità',
    ready: 'Pronta',
    returned: 'Restituita',
    cancelled: 'Annullata',
  },

  detailsHeading: 'La tua riparazione',
  centreTerm: 'Centro assistenza',
  dropOffTerm: 'Consegna',
  slotDropOff: (window: string) => `In boutique: ${window}`,
  mailInDropOff: 'Per posta',
  mailInInstructionsTerm: 'Come spedire il tuo pezzo',
  promisedTerm: 'Promessa per il',
  notPromisedYet: 'Fissata quando il centro assistenza riceve il tuo pezzo.',
  onTime: 'Nei tempi',
  late: 'In ritardo: data promessa superata',
  warrantyTerm: 'Garanzia',
  warrantyStatuses: {
    pending_confirmation: 'In attesa della tua conferma',
    active: 'Attiva',
    expired: 'Scaduta',
    void: 'Annullata',
  },
  warrantyCoverage: (status: string, date: string) => `${status}, valida fino al ${date}`,

  estimateHeading: 'Preventivo',
  estimateCaption: (date: string) => `Preventivo, valido fino al ${date}`,
  itemColumn: 'Lavori',
  amountColumn: 'Importo',
  coveredByWarranty: 'Coperto dalla garanzia',
  totalRow: 'Totale da pagare',
  decisionIntro: 'Scrivi il tuo nome completo per firmare la decisione, poi accetta o rifiuta il preventivo.',
  signatureLabel: 'Il tuo nome completo',
  approve: 'Accetta il preventivo',
  decline: 'Rifiuta il preventivo',
  confirmApproveTitle: 'Accettare questo preventivo?',
  confirmDeclineTitle: 'Rifiutare questo preventivo?',
  confirmApproveBody: (total: string, name: string) => `Accetti i lavori per ${total}, firmato ${name}. Il centro assistenza inizia la riparazione.`,
  confirmDeclineBody: (name: string) => `Rifiuti i lavori, firmato ${name}. Il tuo pezzo ti viene restituito senza riparazione.`,
  confirmApprove: 'Sì, accetta',
  confirmDecline: 'Sì, rifiuta',
  back: 'Indietro',
  sendingDecision: 'Invio della decisione…',
  decisionApproved: (name: string, date: string) => `Accettato da ${name} il ${date}.`,
  decisionDeclined: (name: string, date: string) => `Rifiutato da ${name} il ${date}.`,
  estimateExpired: 'Questo preventivo è scaduto. Il centro assistenza te ne invierà uno nuovo.',
  statusChanged: 'Nel frattempo la tua riparazione è cambiata. Ecco a che punto è.',

  ratingHeading: 'Com’è stato il nostro servizio?',
  ratingLegend: 'La tua valutazione',
  ratingScores: ['1 – Pessimo', '2 – Scarso', '3 – Sufficiente', '4 – Buono', '5 – Eccellente'],
  commentLabel: 'Commento',
  rateSubmit: 'Invia la valutazione',
  sendingRating: 'Invio della valutazione…',
  ratingThanks: (score: number, max: number) => `Grazie per la tua valutazione: ${score} su ${max}.`,

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    trackingCode: {
      too_short: 'Un codice di monitoraggio ha 12 lettere e cifre.',
      too_long: 'Un codice di monitoraggio ha 12 lettere e cifre.',
      invalid_format: 'Un codice di monitoraggio contiene solo lettere, cifre e trattini.',
    },
    email: { invalid_format: 'Inserisci un indirizzo e-mail come nome@esempio.it.' },
    name: { required: 'Scrivi il tuo nome completo per firmare.' },
    score: { required: 'Scegli una valutazione da 1 a 5.', invalid_value: 'Scegli una valutazione da 1 a 5.' },
  },
};

export default it;
