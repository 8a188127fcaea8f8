import serviceTypes from '@atelier/client/service-type-names/fr';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName} : votre réparation ${trackingCode} est enregistrée`,
    received: ({ brandName, modelName }) => `${brandName} : nous avons bien reçu votre ${modelName}`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName} : le devis de votre réparation ${trackingCode} est prêt`,
    approved: ({ brandName, trackingCode }) => `${brandName} : devis accepté pour la réparation ${trackingCode}`,
    declined: ({ brandName, trackingCode }) => `${brandName} : devis refusé pour la réparation ${trackingCode}`,
    ready: ({ brandName, modelName }) => `${brandName} : votre pièce ${modelName} est prête`,
    returned: ({ brandName, modelName }) => `${brandName} : votre pièce ${modelName} vous a été rendue`,
    cancelled: ({ brandName, trackingCode }) => `${brandName} : la réparation ${trackingCode} est annulée`,
  },
  greeting: ({ name }) => `Bonjour ${name},`,
  greetingWithoutName: 'Bonjour,',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `Réparation ${trackingCode} : ${serviceName} de votre ${modelName} (numéro de série ${serial}).`,
  booked: {
    intro: 'Merci : votre réparation est enregistrée. Conservez son code de suivi pour la suivre.',
    slot: ({ when, centreName, address }) => `Merci d’apporter votre pièce à ${centreName}, ${address}, le ${when} (heure locale de la boutique).`,
    mailIn: ({ centreName }) => `Merci d’envoyer votre pièce à ${centreName} comme suit :`,
    next: 'La suite : dès réception de votre pièce, nous vous confirmons la date à laquelle elle sera prête. Si nos horlogers constatent des travaux au-delà du service, nous vous envoyons d’abord un devis à accepter ou refuser ; rien n’est facturé sans votre accord.',
  },
  received: ({ promisedDate }) => `Votre pièce est arrivée au centre de service. Nous nous engageons à vous la rendre prête au plus tard le ${promisedDate}.`,
  awaitingApproval: {
    intro: 'Nos horlogers ont examiné votre pièce. Voici le devis :',
    covered: 'Couvert par votre garantie : gratuit',
    total: ({ total }) => `Total à régler : ${total}`,
    validUntil: ({ date }) => `Ce devis est valable jusqu’au ${date}.`,
    decide: 'Acceptez-le ou refusez-le dans le suivi de votre réparation. Aucun travail ne commence avant votre décision.',
  },
  approved: 'Merci d’avoir accepté le devis. Les travaux sur votre pièce commencent ; nous vous préviendrons dès qu’elle sera prête.',
  declined: 'Vous avez refusé le devis. Aucun travail ne sera effectué ; votre pièce vous sera rendue telle qu’elle nous a été confiée.',
  ready: {
    collect: ({ centreName, address }) => `Votre pièce est prête. Vous pouvez la retirer à ${centreName}, ${address}.`,
    shipping: 'Votre pièce est prête et vous est renvoyée.',
    collectAtRetailer: ({ retailerName, city }) => `Votre pièce est prête et repart chez ${retailerName}, ${city}, où vous l’avez déposée : vous pourrez l’y retirer dès qu’ils vous auront prévenu de son arrivée.`,
  },
  returned: {
    intro: 'Votre pièce vous a été rendue.',
    warrantyExtended: ({ date }) => `Après ce service, votre garantie est prolongée jusqu’au ${date}.`,
    rate: 'Votre avis compte : notez le service dans le suivi de votre réparation, cela ne prend qu’un instant.',
  },
  cancelled: 'Votre réparation a été annulée. Si vous ne l’avez pas demandé, merci de contacter le centre de service.',
  trackerAction: 'Suivre ma réparation',
  trackerNote: 'Ce lien ouvre le suivi de votre réparation sans votre adresse e-mail ; merci de ne pas le partager.',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName} : merci de confirmer votre adresse e-mail`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}, ${city}, a pris en charge une pièce pour un service ${brandName} et a indiqué cette adresse e-mail pour en recevoir le suivi.`,
    ask: 'Merci de confirmer que cette adresse est bien la vôtre. D’ici là, nous ne lui envoyons plus rien : ni suivi, ni devis.',
    action: 'Confirmer mon adresse',
    note: 'Le bouton confirme cette adresse et ouvre le suivi de la réparation. Si vous n’avez déposé aucune pièce, ignorez simplement cet e-mail : cette adresse ne recevra plus rien à ce sujet.',
  },
  signOff: ({ brandName }) => `Le service après-vente ${brandName}`,
};
