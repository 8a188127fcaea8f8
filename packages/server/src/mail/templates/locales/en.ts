import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName}: confirm the warranty of your ${modelName}`,
  greeting: ({ name }) => `Dear ${name},`,
  intro: ({ brandName, modelName, serial }) =>
    `Please confirm the ${brandName} warranty registration of your ${modelName} (serial ${serial}). The warranty becomes active once you confirm.`,
  giftNote: ({ giverName }) => `${giverName} has registered this piece as a gift for you.`,
  action: 'Confirm my warranty',
  expiry: ({ expiresAt }) => `This link can be used once and expires on ${expiresAt}.`,
  notExpected: 'If you did not expect this message, you can ignore it: nothing is registered to you without your confirmation.',
  consentsNote: ({ brandName, kinds }) => `Confirming also confirms that you asked to receive ${kinds} from ${brandName} by e-mail. You can withdraw this at any time.`,
  serviceMessages: 'service messages (service reminders, repair updates)',
  marketingMessages: 'news, events and offers',
  signOff: ({ brandName }) => `${brandName} after-sales service`,
};
