/**
 * Chaînes françaises.
 * Before « : ; ! ? » a narrow no-break space (`\u202f`, written as an escape so it stays visible
 * here) keeps the sign on the line of its word, as French typography requires.
 */
import serviceTypes from '@atelier/client/service-type-names/fr';
import type { ServiceTrackerMessages } from './en.ts';
import forms from '../../../forms/locales/fr.ts';

const fr: ServiceTrackerMessages = {
  ...forms,
  languageTag: 'fr',

  loading: 'Recherche de votre réparation…',
  retry: 'Réessayer',

  lookupTitle: 'Suivez votre réparation',
  lookupIntro: 'Saisissez le code de suivi de votre confirmation de réservation et l’adresse e-mail utilisée pour réserver.',
  trackingCodeLabel: 'Code de suivi',
  trackingCodeHint: 'Par exemple 7XK2-M9QD-R4TB. Tirets et majuscules facultatifs.',
  emailLabel: 'E-mail',
  lookupSubmit: 'Trouver ma réparation',

  unknownRepair: 'Aucune réparation ne correspond à ce code de suivi et à cette adresse e-mail. Vérifiez-les et réessayez.',
  linkNoLongerValid: 'Ce lien n’ouvre plus votre réparation. Saisissez plutôt votre code de suivi et votre adresse e-mail.',
  rateLimited: (wait: string) => `Trop de tentatives en peu de temps. Réessayez dans ${wait}.`,
  rateLimitedNoWait: 'Trop de tentatives en peu de temps. Patientez un moment avant de réessayer.',
  offline: 'Impossible de joindre le serveur\u202f: vérifiez votre connexion. Votre saisie est conservée\u202f: réessayez une fois connecté.',
  unexpectedError: 'Une erreur est survenue de notre côté. Votre saisie est conservée\u202f: réessayez dans un instant.',

  trackerTitle: (code: string) => `Réparation ${code}`,
  pieceSummary: (service: string, serial: string) => `${service} de la pièce portant le numéro de série ${serial}`,
  refresh: 'Actualiser',
  trackAnother: 'Suivre une autre réparation',

  serviceTypes,

  progressHeading: 'Avancement',
  currentStage: 'étape en cours',
  upcomingStage: 'à venir',
  stages: {
    requested: 'Réservée',
    received: 'Reçue au centre de service',
    diagnosed: 'Diagnostiquée',
    awaiting_approval: 'Devis en attente de votre décision',
    approved: 'Devis accepté',
    declined: 'Devis refusé',
    in_repair: 'En réparation',
    quality_control: 'Contrôle qualité',
    ready: 'Prête',
    returned: 'Restituée',
    cancelled: 'Annulée',
  },

  detailsHeading: 'Votre réparation',
  centreTerm: 'Centre de service',
  dropOffTerm: 'Dépôt',
  slotDropOff: (window: string) => `En boutique\u202f: ${window}`,
  mailInDropOff: 'Par courrier',
  mailInInstructionsTerm: 'Comment envoyer votre pièce',
  promisedTerm: 'Promise pour le',
  notPromisedYet: 'Fixée à la réception de votre pièce par le centre de service.',
  onTime: 'Dans les délais',
  late: 'En retard\u202f: date promise dépassée',
  warrantyTerm: 'Garantie',
  warrantyStatuses: {
    pending_confirmation: 'En attente de votre confirmation',
    active: 'Active',
    expired: 'Expirée',
    void: 'Annulée',
  },
  warrantyCoverage: (status: string, date: string) => `${status}, couverte jusqu’au ${date}`,

  estimateHeading: 'Devis',
  estimateCaption: (date: string) => `Devis, valable jusqu’au ${date}`,
  itemColumn: 'Travaux',
  amountColumn: 'Montant',
  coveredByWarranty: 'Couvert par la garantie',
  totalRow: 'Total à payer',
  decisionIntro: 'Saisissez votre nom complet pour signer votre décision, puis acceptez ou refusez le devis.',
  signatureLabel: 'Votre nom complet',
  approve: 'Accepter le devis',
  decline: 'Refuser le devis',
  confirmApproveTitle: 'Accepter ce devis\u202f?',
  confirmDeclineTitle: 'Refuser ce devis\u202f?',
  confirmApproveBody: (total: string, name: string) => `Vous acceptez les travaux pour ${total}, signé ${name}. Le centre de service commence la réparation.`,
  confirmDeclineBody: (name: string) => `Vous refusez les travaux, signé ${name}. Votre pièce vous est restituée sans réparation.`,
  confirmApprove: 'Oui, accepter',
  confirmDecline: 'Oui, refuser',
  back: 'Retour',
  sendingDecision: 'Envoi de votre décision…',
  decisionApproved: (name: string, date: string) => `Accepté par ${name} le ${date}.`,
  decisionDeclined: (name: string, date: string) => `Refusé par ${name} le ${date}.`,
  estimateExpired: 'Ce devis a expiré. Le centre de service vous en enverra un nouveau.',
  statusChanged: 'Votre réparation a évolué entre-temps. Voici où elle en est.',

  ratingHeading: 'Comment s’est passé notre service\u202f?',
  ratingLegend: 'Votre note',
  ratingScores: ['1 – Très mauvais', '2 – Mauvais', '3 – Correct', '4 – Bien', '5 – Excellent'],
  commentLabel: 'Commentaire',
  rateSubmit: 'Envoyer ma note',
  sendingRating: 'Envoi de votre note…',
  ratingThanks: (score: number, max: number) => `Merci pour votre note\u202f: ${score} sur ${max}.`,

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    trackingCode: {
      too_short: 'Un code de suivi comporte 12 lettres et chiffres.',
      too_long: 'Un code de suivi comporte 12 lettres et chiffres.',
      invalid_format: 'Un code de suivi ne comporte que des lettres, des chiffres et des tirets.',
    },
    email: { invalid_format: 'Saisissez une adresse e-mail telle que nom@exemple.fr.' },
    name: { required: 'Saisissez votre nom complet pour signer.' },
    score: { required: 'Choisissez une note de 1 à 5.', invalid_value: 'Choisissez une note de 1 à 5.' },
  },
};

export default fr;
