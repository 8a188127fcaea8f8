import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName}: conferma la garanzia del tuo ${modelName}`,
  greeting: ({ name }) => `Gentile ${name},`,
  intro: ({ brandName, modelName, serial }) =>
    `Conferma la registrazione della garanzia ${brandName} del tuo ${modelName} (numero di serie ${serial}). La garanzia diventa attiva con la tua conferma.`,
  giftNote: ({ giverName }) => `${giverName} ha registrato questo pezzo come regalo per te.`,
  action: 'Conferma la mia garanzia',
  expiry: ({ expiresAt }) => `Questo link può essere usato una sola volta e scade il ${expiresAt}.`,
  notExpected: 'Se non aspettavi questo messaggio, puoi ignorarlo: nulla viene registrato a tuo nome senza la tua conferma.',
  consentsNote: ({ brandName, kinds }) => `Confermando, confermi anche di voler ricevere via e-mail da ${brandName} ${kinds}. Puoi revocare il consenso in qualsiasi momento.`,
  serviceMessages: 'messaggi di assistenza (promemoria di manutenzione, aggiornamenti sulle riparazioni)',
  marketingMessages: 'novità, eventi e offerte',
  signOff: ({ brandName }) => `Il servizio post-vendita ${brandName}`,
};
