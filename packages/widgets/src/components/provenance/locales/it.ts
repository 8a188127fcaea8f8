/** Testi italiani di <atelier-provenance>. */
import serviceTypes from '@atelier/client/service-type-names/it';
import type { ProvenanceMessages } from './en.ts';

const it: ProvenanceMessages = {
  languageTag: 'it',

  title: 'Verifica la storia di un pezzo',
  intro: 'Inserisci il numero di serie inciso sul fondello, oppure incolla il link del codice QR della carta di garanzia.',
  serialLabel: 'Numero di serie o Digital Link',
  serialHint: (serial) => `Ad esempio ${serial}, oppure il link nel codice QR della scheda di garanzia`,
  submit: 'Verifica',
  loading: 'Ricerca del pezzo…',
  retry: 'Riprova',

  invalidSerial: (min, max) => `Un numero di serie ha da ${min} a ${max} lettere, cifre e trattini.`,
  inputErrors: {
    required: 'Inserisci un numero di serie o un Digital Link.',
    invalid_gtin: 'Il codice prodotto (GTIN) di questo link non è valido.',
    invalid_check_digit: 'Il codice prodotto (GTIN) di questo link è errato: la cifra di controllo non corrisponde.',
    invalid_link: 'Questo link non indica un pezzo. Incolla il link della carta di garanzia o inserisci il numero di serie.',
  },

  unknownSerial: (serial) => `Nessun pezzo con il numero di serie ${serial} è registrato presso questo marchio. Controlla il numero e riprova.`,
  rateLimited: (wait) => `Troppe ricerche in poco tempo. Riprova tra ${wait}.`,
  rateLimitedNoWait: 'Troppe ricerche in poco tempo. Attendi un momento prima di riprovare.',
  offline: 'Non è stato possibile raggiungere il server: controlla la connessione e riprova.',
  unexpectedError: 'Si è verificato un errore da parte nostra. Riprova tra un momento.',

  verified: 'Verificato: questa storia è firmata dal marchio e non è stata alterata.',
  notVerified: 'Questa scheda non ha potuto essere verificata — non farvi affidamento.',
  notVerifiedDetail: 'La firma o la storia non corrispondono alla chiave del marchio. Contatta il marchio prima di acquistare o vendere questo pezzo.',

  stolenTitle: 'Denunciato come rubato',
  stolenBody: (date) => `Questo pezzo è stato denunciato come rubato il ${date}.`,
  stolenGuidance: {
    contact_brand: 'Non acquistarlo. Contatta il marchio, che ti dirà cosa fare.',
    contact_police_and_brand: 'Non acquistarlo e non affrontare il venditore. Contatta la polizia e il marchio.',
  },
  lostTitle: 'Segnalato come smarrito',
  lostBody: 'Il proprietario ha segnalato questo pezzo come smarrito. Non acquistarlo: contatta il marchio, che ti dirà cosa fare.',
  destroyedTitle: 'Registrato come distrutto',
  destroyedBody: 'Il marchio ha registrato questo pezzo come distrutto. Un pezzo offerto con questo numero di serie potrebbe non essere autentico: non acquistarlo e contatta il marchio.',

  pieceHeading: 'Il pezzo',
  serialTerm: 'Numero di serie',
  referenceTerm: 'Referenza',
  collectionTerm: 'Collezione',
  manufacturedTerm: 'Anno di produzione',
  firstSaleTerm: 'Prima vendita',
  firstSale: (retailer, place, month) => `${month}, da ${retailer}, ${place}`,
  notSoldYet: 'Non ancora venduto',
  ownersTerm: 'Proprietari',
  ownerCount: (count) => (count === 0 ? 'Nessun proprietario registrato' : count === 1 ? '1 proprietario' : `${count} proprietari`),
  registeredSinceTerm: 'Proprietario attuale registrato da',

  historyHeading: 'Storia',
  eventTypes: {
    manufactured: 'Prodotto',
    sold: 'Venduto',
    warranty_activated: 'Garanzia attivata',
    ownership_transferred: 'Cambio di proprietario',
    serviced: 'Revisione',
    modified: 'Modificato',
    reported_stolen: 'Denunciato come rubato',
    recovered: 'Ritrovato',
    sale_voided: 'Vendita annullata',
  },

  warrantyUntil: (date) => `garanzia fino al ${date}`,

  servicesHeading: 'Revisioni',
  service: (serviceType, city) => `${serviceType}, centro di assistenza di ${city}`,
  serviceTypes,
  noServices: 'Nessuna revisione registrata.',
  modificationsHeading: 'Modifiche',
  modification: (what, retailer) => `${what}, da ${retailer}`,
  noModifications: 'Nessuna modifica registrata.',

  shareHeading: 'Condividi questa scheda',
  shareLinkLabel: 'Link a questa scheda',
  copy: 'Copia il link',
  copied: 'Link copiato.',
  copyFailed: 'Impossibile copiare: seleziona il link e copialo manualmente.',
  qrLabel: (serial) => `Codice QR del pezzo ${serial}`,
};

export default it;
