import serviceTypes from '@atelier/client/service-type-names/it';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName}: la sua riparazione ${trackingCode} è prenotata`,
    received: ({ brandName, modelName }) => `${brandName}: abbiamo ricevuto il suo pezzo ${modelName}`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName}: il preventivo della riparazione ${trackingCode} è pronto`,
    approved: ({ brandName, trackingCode }) => `${brandName}: preventivo accettato per la riparazione ${trackingCode}`,
    declined: ({ brandName, trackingCode }) => `${brandName}: preventivo rifiutato per la riparazione ${trackingCode}`,
    ready: ({ brandName, modelName }) => `${brandName}: il suo pezzo ${modelName} è pronto`,
    returned: ({ brandName, modelName }) => `${brandName}: il suo pezzo ${modelName} le è stato restituito`,
    cancelled: ({ brandName, trackingCode }) => `${brandName}: la riparazione ${trackingCode} è annullata`,
  },
  greeting: ({ name }) => `Gentile ${name},`,
  greetingWithoutName: 'Buongiorno,',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `Riparazione ${trackingCode}: ${serviceName} del suo pezzo ${modelName} (numero di serie ${serial}).`,
  booked: {
    intro: 'Grazie: la sua riparazione è prenotata. Conservi il codice di tracciamento per seguirla.',
    slot: ({ when, centreName, address }) => `La preghiamo di portare il suo pezzo presso ${centreName}, ${address}, il ${when} (ora locale della boutique).`,
    mailIn: ({ centreName }) => `La preghiamo di spedire il suo pezzo a ${centreName} come segue:`,
    next: 'I prossimi passi: all’arrivo del pezzo le confermiamo la data in cui sarà pronto. Se i nostri orologiai riscontrano lavori oltre il servizio, le inviamo prima un preventivo da accettare o rifiutare; nulla viene addebitato senza il suo consenso.',
  },
  received: ({ promisedDate }) => `Il suo pezzo è arrivato al centro di assistenza. Ci impegniamo a restituirglielo pronto entro il ${promisedDate}.`,
  awaitingApproval: {
    intro: 'I nostri orologiai hanno esaminato il suo pezzo. Ecco il preventivo:',
    covered: 'Coperto dalla garanzia: gratuito',
    total: ({ total }) => `Totale da pagare: ${total}`,
    validUntil: ({ date }) => `Questo preventivo è valido fino al ${date}.`,
    decide: 'Lo accetti o lo rifiuti nel tracciamento della sua riparazione. Nessun lavoro inizia prima della sua decisione.',
  },
  approved: 'Grazie per aver accettato il preventivo. I lavori sul suo pezzo iniziano ora; la avviseremo quando sarà pronto.',
  declined: 'Ha rifiutato il preventivo. Non verrà eseguito alcun lavoro; il pezzo le sarà restituito così come ci è stato affidato.',
  ready: {
    collect: ({ centreName, address }) => `Il suo pezzo è pronto. Può ritirarlo presso ${centreName}, ${address}.`,
    shipping: 'Il suo pezzo è pronto e le viene rispedito.',
    collectAtRetailer: ({ retailerName, city }) => `Il tuo pezzo è pronto e sta tornando da ${retailerName}, ${city}, dove lo hai lasciato: potrai ritirarlo lì appena ti avviseranno del suo arrivo.`,
  },
  returned: {
    intro: 'Il suo pezzo le è stato restituito.',
    warrantyExtended: ({ date }) => `Dopo questo servizio, la sua garanzia è estesa fino al ${date}.`,
    rate: 'Com’è andata? Valuti il servizio nel tracciamento della sua riparazione: richiede solo un momento.',
  },
  cancelled: 'La sua riparazione è stata annullata. Se non l’ha richiesto, contatti il centro di assistenza.',
  trackerAction: 'Segui la mia riparazione',
  trackerNote: 'Questo link apre il tracciamento della riparazione senza il suo indirizzo e-mail; la preghiamo di non condividerlo.',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName}: conferma il tuo indirizzo e-mail`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}, ${city}, ha preso in carico un pezzo per un servizio ${brandName} e ha indicato questo indirizzo e-mail per riceverne gli aggiornamenti.`,
    ask: 'Conferma che questo indirizzo è tuo. Finché non lo fai, non gli inviamo nient’altro: né aggiornamenti né preventivi.',
    action: 'Conferma il mio indirizzo',
    note: 'Il pulsante conferma questo indirizzo e apre il monitoraggio della riparazione. Se non hai lasciato alcun pezzo, ignora questa e-mail: questo indirizzo non riceverà altro in merito.',
  },
  signOff: ({ brandName }) => `Il servizio post-vendita ${brandName}`,
};
