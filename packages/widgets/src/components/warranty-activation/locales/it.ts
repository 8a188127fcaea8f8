/** Testi italiani. */
import type { WarrantyActivationMessages } from './en.ts';
import forms from '../../../forms/locales/it.ts';

const it: WarrantyActivationMessages = {
  ...forms,
  languageTag: 'it',

  configError: 'Impossibile caricare l’elenco dei rivenditori e delle lingue. Controlla la connessione e riprova.',
  retry: 'Riprova',

  activationTitle: 'Attiva la tua garanzia',
  activationIntro: 'Registra il tuo pezzo per attivarne la garanzia internazionale. I campi obbligatori devono essere compilati.',
  pieceLegend: 'Il tuo pezzo',
  serialLabel: 'Numero di serie',
  serialHint: 'Inciso sul fondello e stampato sulla carta di garanzia.',
  cardCodeLabel: 'Codice della carta di garanzia',
  cardCodeHint: 'Stampato sulla carta di garanzia. Non serve se il rivenditore ha registrato la vendita per te.',
  purchaseDateLabel: 'Data di acquisto',
  retailerLabel: 'Dove l’hai acquistato?',
  retailerPlaceholder: 'Scegli un rivenditore',
  retailerOther: 'Altro / non in elenco',
  ownerLegend: 'I tuoi dati',
  nameLabel: 'Nome e cognome',
  emailLabel: 'E-mail',
  emailHint: 'Inviamo a questo indirizzo un link per confermare l’attivazione.',
  countryLabel: 'Paese di residenza',
  countryPlaceholder: 'Scegli un paese',
  languageLabel: 'Lingua preferita',
  giftLegend: 'Regalo',
  giftLabel: 'Questo pezzo è un regalo',
  giftHint: 'La conferma viene inviata al destinatario, che diventa il proprietario registrato.',
  recipientNameLabel: 'Nome e cognome del destinatario',
  recipientEmailLabel: 'E-mail del destinatario',
  recipientLanguageLabel: 'Lingua del destinatario',
  giftConsentsNote: 'Il destinatario sceglie quali messaggi ricevere da noi, nel suo spazio proprietario; gli scriviamo nella sua lingua.',
  consentsLegend: 'I nostri messaggi',
  serviceConsentLabel: 'Inviatemi messaggi di assistenza (promemoria di manutenzione, stato delle riparazioni).',
  marketingConsentLabel: 'Inviatemi novità, eventi e offerte.',
  submit: 'Attiva la garanzia',
  submitting: 'Attivazione…',

  offline: 'Impossibile raggiungere il server: controlla la connessione. Le tue risposte sono conservate: inviale di nuovo quando sei connesso.',
  timeout: 'Il server ha impiegato troppo tempo a rispondere. Le tue risposte sono conservate: riprova.',
  unexpectedError: 'Si è verificato un problema da parte nostra. Le tue risposte sono conservate: riprova tra un momento.',
  alreadyActivated: 'Questo pezzo ha già una garanzia registrata. Se ritieni che sia un errore, contatta il marchio.',
  tooManyAttempts: 'Troppi tentativi con questo numero di serie. Per la tua sicurezza, attendi un po’ prima di riprovare.',
  itemUnavailable: 'Questo pezzo non può essere registrato. Contatta il marchio o il tuo rivenditore.',

  successTitle: 'Quasi fatto: controlla la tua casella di posta',
  successBody: (model: string, serial: string) => `Il tuo ${model} (numero di serie ${serial}) è registrato.`,
  coverageUntil: (date: string) => `Garanzia fino al ${date}.`,
  checkInbox: (address: string) => `Abbiamo inviato un link di conferma a ${address}. Aprilo per attivare la garanzia.`,

  confirming: 'Conferma della garanzia…',
  confirmedTitle: 'La tua garanzia è attiva',
  confirmationInvalid:
    'Questo link è già stato usato o non è valido. Se hai già confermato la garanzia, è attiva e non devi fare altro. Altrimenti, attivala di nuovo qui sotto per ricevere un nuovo link.',
  confirmationExpired: 'Questo link di conferma è scaduto. Attiva di nuovo la garanzia qui sotto per ricevere un nuovo link.',
  confirmationTransferEnded:
    'Questo trasferimento non può più essere completato: è stato annullato, oppure il pezzo è stato dichiarato rubato o smarrito. Non è cambiato nulla; contatta la persona che te lo ha proposto.',
  askConsentsTitle: 'Un ultimo passaggio: i nostri messaggi',
  askConsentsIntro:
    'Scegli quali messaggi desideri ricevere come proprietario del pezzo, poi conferma. Potrai cambiare idea in qualsiasi momento nel tuo spazio proprietario.',
  confirmWithConsents: 'Conferma e attiva la mia garanzia',
  consentAnswer: (checked: boolean) => (checked ? 'sì' : 'no'),

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'Non conosciamo questo numero di serie. Confrontalo con la carta di garanzia.',
    unknown_retailer: 'Questo rivenditore non è un rivenditore autorizzato.',
    invalid_card_code: 'Questo codice non corrisponde alla carta di garanzia di questo pezzo.',
    purchase_date_in_future: 'La data di acquisto non può essere nel futuro.',
    purchase_date_before_manufacture: 'La data di acquisto è precedente alla fabbricazione di questo pezzo.',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: 'Inserisci un indirizzo e-mail, ad esempio nome@esempio.it.' },
    'gift.recipientEmail': { invalid_format: 'Inserisci un indirizzo e-mail, ad esempio nome@esempio.it.' },
    serial: { invalid_format: 'Usa solo lettere, cifre e trattini.' },
    cardCode: { invalid_format: 'Usa solo lettere, cifre, spazi e trattini.' },
  },
};

export default it;
