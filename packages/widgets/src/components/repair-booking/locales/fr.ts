/**
 * Chaînes françaises.
 * Before « : ; ! ? » a narrow no-break space (`\u202f`) keeps the sign on the line of its word.
 */
import serviceTypes from '@atelier/client/service-type-names/fr';
import type { RepairBookingMessages } from './en.ts';
import forms from '../../../forms/locales/fr.ts';

const fr: RepairBookingMessages = {
  ...forms,
  languageTag: 'fr',

  loading: 'Chargement…',
  unavailable: 'Le formulaire de réservation n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  retry: 'Réessayer',
  stepIndicator: (step: number, total: number) => `Étape ${step} sur ${total}`,
  back: 'Retour',
  next: 'Continuer',

  pieceTitle: 'Votre pièce',
  pieceIntro: 'Réservez un entretien dans l’un de nos centres de service. Vous recevrez un code de suivi pour suivre la réparation.',
  serialLabel: 'Numéro de série',
  serialHint: 'Gravé sur le fond du boîtier et imprimé sur la carte de garantie.',

  serviceTitle: 'Le service',
  serviceLegend: 'De quel service votre pièce a-t-elle besoin\u202f?',
  watchServices: 'Montres',
  jewelleryServices: 'Joaillerie',
  serviceTypes,
  descriptionLabel: 'Qu’avez-vous remarqué\u202f?',
  descriptionHint: 'Avec vos mots\u202f: plus nous en savons, mieux nous nous préparons.',

  centreTitle: 'Centre de service et dépôt',
  countryLabel: 'Pays',
  allCountries: 'Tous les pays',
  nearMe: 'Trouver les centres près de moi',
  locating: 'Recherche de votre position…',
  nearestFirst: 'Les centres les plus proches en premier.',
  locationDenied: 'Votre position n’a pas été partagée. Choisissez plutôt un pays.',
  locationUnavailable: 'Votre position n’a pas pu être déterminée. Choisissez plutôt un pays.',
  centreLegend: 'Centre de service',
  centresLoading: 'Chargement des centres de service…',
  noCentres: 'Aucun centre de service ne propose ce service ici. Choisissez un autre pays ou un autre service.',
  distanceAway: (distance: string) => `à ${distance}`,
  turnaround: (days: number) => (days <= 1 ? `Délai habituel\u202f: ${days} jour` : `Délai habituel\u202f: ${days} jours`),
  dropOffLegend: 'Comment la pièce nous parviendra-t-elle\u202f?',
  dropOffSlot: 'Je la dépose en boutique à l’heure de mon choix',
  dropOffMailIn: 'Je l’envoie par la poste',
  slotsLegend: 'Heure de dépôt',
  timesInZone: (zone: string) => `Les heures sont celles du fuseau horaire du centre\u202f: ${zone}.`,
  slotsHelp: 'Choisissez un jour, puis une heure. Les flèches passent d’un jour ou d’une heure à l’autre\u202f; Entrée ou Espace choisit.',
  slotDays: 'Jours avec des heures de dépôt',
  slotsLoading: 'Chargement des heures de dépôt…',
  noSlots: 'Aucune heure de dépôt n’est libre à ces dates. Essayez des dates plus tardives ou envoyez la pièce par la poste.',
  slotsFailed: 'Les heures de dépôt n’ont pas pu être chargées.',
  slotFull: ', complet',
  earlierDates: 'Dates précédentes',
  laterDates: 'Dates suivantes',
  slotChosen: (when: string) => `Choisi\u202f: ${when}.`,
  slotFullNotice:
    'Cette heure vient d’être prise par quelqu’un d’autre. Choisissez-en une autre\u202f: les heures ci-dessous sont à jour. Tout ce que vous avez saisi est conservé.',
  mailInTitle: 'Comment envoyer votre pièce',

  contactTitle: 'Vos coordonnées',
  nameLabel: 'Nom complet',
  emailLabel: 'E-mail',
  emailHint: 'Nous envoyons à cette adresse le code de suivi et chaque étape de la réparation.',
  languageLabel: 'Langue de nos messages',

  reviewTitle: 'Vérifier et réserver',
  reviewIntro: 'Vérifiez votre réservation. Vous pouvez en modifier chaque partie avant de réserver.',
  reviewPiece: 'Pièce',
  reviewService: 'Service',
  reviewDescription: 'Ce que vous avez remarqué',
  reviewCentre: 'Centre de service',
  reviewDropOff: 'Dépôt',
  reviewContact: 'Contact',
  byPost: 'Par la poste',
  change: 'Modifier',
  changeLabel: (section: string) => `Modifier\u202f: ${section}`,
  submit: 'Réserver le service',
  submitting: 'Réservation…',

  offline: 'Impossible de joindre le serveur\u202f: vérifiez votre connexion. Votre réservation est conservée\u202f: envoyez-la à nouveau une fois connecté.',
  timeout: 'Le serveur a mis trop de temps à répondre. Votre réservation est conservée\u202f: veuillez réessayer.',
  unexpectedError: 'Un problème est survenu de notre côté. Votre réservation est conservée\u202f: réessayez dans un instant.',
  itemUnavailable: 'Cette pièce ne peut pas être réservée en ligne. Veuillez contacter la marque.',
  tooManyAttempts: 'Trop de tentatives. Patientez un moment avant de réessayer.',

  bookedTitle: 'Votre service est réservé',
  trackingCodeLabel: 'Votre code de suivi',
  trackingCodeHint: 'Conservez-le\u202f: avec votre adresse e-mail, il vous permet de suivre la réparation. Nous vous l’avons aussi envoyé par e-mail.',
  copy: 'Copier le code',
  copied: 'Code copié.',
  bookedSlot: (when: string, centre: string) => `Déposez votre pièce chez ${centre} le ${when}.`,
  bookedMailIn: (centre: string) => `Envoyez votre pièce par la poste à ${centre}\u202f:`,
  addToCalendar: 'Ajouter le rendez-vous à votre agenda (.ics)',
  calendarSummary: (service: string, centre: string) => `${service}\u202f: dépôt chez ${centre}`,
  calendarDescription: (code: string) => `Code de suivi ${code}. Apportez votre pièce et sa carte de garantie.`,
  warranty: {
    active: (date: string) => `Sous garantie jusqu’au ${date}\u202f: les travaux couverts par la garantie ne vous coûtent rien.`,
    pending_confirmation: (date: string) => `Garantie en attente de votre confirmation par e-mail, jusqu’au ${date}.`,
    expired: (date: string) => `La garantie a pris fin le ${date}\u202f: vous recevrez un devis avant tout travail.`,
    void: () => 'Cette pièce n’est pas sous garantie\u202f: vous recevrez un devis avant tout travail.',
  },
  noWarranty: 'Aucune garantie n’est enregistrée pour cette pièce\u202f: vous recevrez un devis avant tout travail.',

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'Nous ne connaissons pas ce numéro de série. Comparez-le à la carte de garantie.',
    unknown_service_centre: 'Ce centre de service n’est plus disponible. Choisissez-en un autre.',
    service_not_offered: 'Ce centre ne propose pas ce service. Choisissez un autre centre ou un autre service.',
    unknown_slot: 'Cette heure de dépôt n’est plus disponible. Choisissez-en une autre.',
    slot_full: 'Cette heure de dépôt est complète. Choisissez-en une autre.',
  },
  fieldErrorsByField: {
    'contact.email': { invalid_format: 'Saisissez une adresse e-mail, par exemple nom@exemple.fr.' },
    serial: { invalid_format: 'Utilisez uniquement des lettres, des chiffres et des tirets.' },
    serviceType: { required: 'Choisissez un service.' },
    serviceCentreId: { required: 'Choisissez un centre de service.' },
    'dropOff.slotId': { required: 'Choisissez une heure de dépôt, ou envoyez la pièce par la poste.' },
  },
};

export default fr;
