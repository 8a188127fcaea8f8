import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName}: Bestätigen Sie die Garantie Ihrer ${modelName}`,
  greeting: ({ name }) => `Guten Tag ${name},`,
  intro: ({ brandName, modelName, serial }) =>
    `Bitte bestätigen Sie die Registrierung der ${brandName}-Garantie für Ihre ${modelName} (Seriennummer ${serial}). Die Garantie wird mit Ihrer Bestätigung aktiv.`,
  giftNote: ({ giverName }) => `${giverName} hat dieses Stück als Geschenk für Sie registriert.`,
  action: 'Garantie bestätigen',
  expiry: ({ expiresAt }) => `Dieser Link kann einmal verwendet werden und läuft am ${expiresAt} ab.`,
  notExpected: 'Falls Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren: Ohne Ihre Bestätigung wird nichts auf Ihren Namen registriert.',
  consentsNote: ({ brandName, kinds }) => `Mit Ihrer Bestätigung bestätigen Sie auch, dass Sie von ${brandName} per E-Mail ${kinds} erhalten möchten. Sie können dies jederzeit widerrufen.`,
  serviceMessages: 'Service-Nachrichten (Serviceerinnerungen, Reparaturmeldungen)',
  marketingMessages: 'Neuigkeiten, Veranstaltungen und Angebote',
  signOff: ({ brandName }) => `Ihr ${brandName} Kundendienst`,
};
