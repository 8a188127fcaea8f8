import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName} : confirmez la garantie de votre ${modelName}`,
  greeting: ({ name }) => `Bonjour ${name},`,
  intro: ({ brandName, modelName, serial }) =>
    `Merci de confirmer l’enregistrement de la garantie ${brandName} de votre ${modelName} (numéro de série ${serial}). La garantie devient active dès votre confirmation.`,
  giftNote: ({ giverName }) => `${giverName} a enregistré cette pièce comme un cadeau pour vous.`,
  action: 'Confirmer ma garantie',
  expiry: ({ expiresAt }) => `Ce lien ne peut servir qu’une fois et expire le ${expiresAt}.`,
  notExpected: 'Si vous n’attendiez pas ce message, vous pouvez l’ignorer : rien n’est enregistré à votre nom sans votre confirmation.',
  consentsNote: ({ brandName, kinds }) => `En confirmant, vous confirmez aussi vouloir recevoir par e-mail ${kinds} de ${brandName}. Vous pouvez retirer ce consentement à tout moment.`,
  serviceMessages: 'des messages de service (rappels d’entretien, suivi des réparations)',
  marketingMessages: 'des nouveautés, événements et offres',
  signOff: ({ brandName }) => `Le service après-vente ${brandName}`,
};
