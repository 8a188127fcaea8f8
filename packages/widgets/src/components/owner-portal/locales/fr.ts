/**
 * Chaînes françaises.
 * Before « : ; ! ? » a narrow no-break space (`\u202f`, written as an escape so it stays visible
 * here) keeps the sign on the line of its word, as French typography requires.
 */
import serviceTypes from '@atelier/client/service-type-names/fr';
import type { OwnerPortalMessages } from './en.ts';
import forms from '../../../forms/locales/fr.ts';

const fr: OwnerPortalMessages = {
  ...forms,
  languageTag: 'fr',

  loading: 'Chargement de vos pièces…',
  sending: 'Envoi…',
  retry: 'Réessayer',

  signInTitle: 'Connectez-vous à vos pièces',
  signInIntro: 'Saisissez l’adresse e-mail avec laquelle vous avez enregistré vos pièces. Nous vous enverrons un code pour vous connecter, sans mot de passe.',
  emailLabel: 'E-mail',
  sendCode: 'Recevoir un code',
  codeTitle: 'Consultez votre messagerie',
  codeIntro: (email: string, minutes: number) =>
    `Si ${email} appartient à un propriétaire de nos pièces, nous lui avons envoyé un code et un lien, valables ${minutes}\u00a0minutes. Saisissez le code ici, ou ouvrez le lien de l’e-mail.`,
  codeLabel: 'Code reçu par e-mail',
  codeHint: '8\u00a0chiffres, par exemple 1234 5678.',
  signIn: 'Se connecter',
  otherAddress: 'Utiliser une autre adresse e-mail',
  newCode: 'Recevoir un nouveau code',
  signingInFromLink: 'Connexion en cours…',

  signedInAs: (name: string) => `Connecté en tant que ${name}`,
  signOut: 'Se déconnecter',
  signOutEverywhere: 'Se déconnecter partout',
  signOutEverywhereHint: 'Met fin à votre session sur tous vos ordinateurs et téléphones.',
  signedOut: 'Vous êtes déconnecté.',
  signedOutEverywhere: 'Vous êtes déconnecté sur tous vos appareils.',
  sessionEnded: 'Votre session a pris fin. Reconnectez-vous pour continuer\u202f: rien de ce que vous avez saisi n’est perdu.',

  piecesTitle: 'Vos pièces',
  noPieces: 'Aucune pièce n’est encore enregistrée à votre nom. Dès que vous enregistrez la garantie d’une pièce, elle apparaît ici.',
  serialTerm: 'Numéro de série',
  warrantyTerm: 'Garantie',
  warrantyUntil: (status: string, date: string) => `${status}, jusqu’au ${date}`,
  warrantyStatuses: {
    pending_confirmation: 'En attente de votre confirmation',
    active: 'Active',
    expired: 'Expirée',
    void: 'Annulée',
  },
  careKinds: { service: 'Révision', water_resistance_check: 'Contrôle d’étanchéité', cleaning: 'Nettoyage' },
  nextCareDue: (date: string) => `Prévu le ${date}`,
  nextCareOverdue: (date: string) => `En retard depuis le ${date}`,
  warrantyConditionKeptBy: (date: string) => `Fait d’ici le ${date}, il maintient votre garantie.`,
  warrantyConditionLapsed: (date: string) => `Non fait au ${date} : cette condition de votre garantie n’est plus remplie.`,
  retailerTerm: 'Votre détaillant',
  retailerPlace: (name: string, city: string, country: string) => `${name}, ${city} (${country})`,
  emailRetailer: (name: string) => `Écrire à ${name}`,
  callRetailer: (name: string) => `Appeler ${name}`,
  noRetailer: 'Aucun enregistré',
  statusTerm: 'Statut',
  itemStatuses: {
    in_stock: 'En stock',
    sold: 'À vous',
    stolen: 'Déclarée volée',
    lost: 'Déclarée perdue',
    destroyed: 'Détruite',
  },
  openPiece: (name: string, serial: string) => `Historique de ${name} ${serial}`,
  allPieces: 'Toutes mes pièces',

  timelineTitle: 'Son histoire',
  events: {
    manufactured: 'Fabriquée',
    sold: 'Vendue',
    warranty_activated: 'Garantie enregistrée',
    ownership_transferred: 'Nouveau propriétaire',
    serviced: 'Entretenue',
    modified: 'Modifiée par un détaillant agréé',
    reported_stolen: 'Déclarée volée',
    recovered: 'Retrouvée',
    sale_voided: 'Vente annulée',
  },
  serviceTypes,
  repairEntry: (service: string, status: string) => `${service}\u202f: ${status}`,
  repairStatuses: {
    requested: 'réservé',
    received: 'reçue au centre de service',
    diagnosed: 'diagnostiquée',
    awaiting_approval: 'devis en attente de votre décision',
    approved: 'devis accepté',
    declined: 'devis refusé',
    in_repair: 'en réparation',
    quality_control: 'contrôle qualité',
    ready: 'prête',
    returned: 'rendue',
    cancelled: 'annulé',
  },
  followRepair: (code: string) => `Suivre la réparation ${code}`,
  extensionEntry: (months: number) => (months === 1 ? 'Garantie prolongée de 1\u00a0mois' : `Garantie prolongée de ${months}\u00a0mois`),
  extensionAfterService: 'après un entretien',

  bookService: 'Réserver un entretien',
  bookingTitle: (name: string) => `Réserver un entretien pour votre ${name}`,
  closeBooking: 'Fermer la réservation',

  reportStolen: 'La déclarer volée',
  reportStolenTitle: 'Déclarer cette pièce volée',
  reportStolenIntro: 'Où a-t-elle été volée\u202f? L’historique public de la pièce n’indique que le pays et la ville, jamais votre nom.',
  countryLabel: 'Pays',
  countryPlaceholder: 'Choisissez un pays',
  cityLabel: 'Ville',
  continue: 'Continuer',
  back: 'Retour',
  confirmStolenTitle: 'La déclarer volée maintenant\u202f?',
  confirmStolen: (name: string, serial: string) =>
    `${name}, numéro de série ${serial}, apparaîtra aussitôt comme volée dans son historique public, et tout détaillant agréé qui la verra sera invité à nous appeler.`,
  confirmStolenButton: 'Oui, la déclarer volée',
  reportedStolen: 'Déclarée volée. Si elle réapparaît, revenez ici pour la déclarer retrouvée.',
  reportFound: 'La déclarer retrouvée',
  confirmFoundTitle: 'La déclarer retrouvée maintenant\u202f?',
  confirmFound: (name: string, serial: string) => `${name}, numéro de série ${serial}, n’apparaîtra plus comme volée. La déclaration reste dans son historique.`,
  confirmFoundButton: 'Oui, elle est retrouvée',
  reportedFound: 'Déclarée retrouvée. Nous sommes heureux que vous l’ayez récupérée.',

  codeInvalid: 'Ce code ne fonctionne pas\u202f: il est peut-être mal saisi ou déjà utilisé. Vérifiez-le, ou demandez un nouveau code.',
  linkInvalid: 'Ce lien de connexion ne fonctionne plus\u202f: il a déjà servi ou a été remplacé. Saisissez votre adresse e-mail pour recevoir un nouveau code.',
  codeExpired: 'Ce code ou ce lien a expiré\u202f: un code est valable 10\u00a0minutes. Demandez-en un nouveau.',
  unknownPiece: 'Cette pièce ne fait plus partie des vôtres.',
  alreadyStolen: 'Cette pièce est déjà déclarée volée.',
  notStolen: 'Cette pièce n’est pas déclarée volée.',
  unavailable: 'Cette pièce ne peut pas être déclarée volée\u202f: son statut ne le permet pas. Contactez-nous.',
  rateLimited: (wait: string) => `Trop de tentatives en peu de temps. Réessayez dans ${wait}.`,
  rateLimitedNoWait: 'Trop de tentatives en peu de temps. Patientez un moment avant de réessayer.',
  offline: 'Impossible de joindre le serveur\u202f: vérifiez votre connexion. Votre saisie est conservée\u202f: réessayez une fois connecté.',
  unexpectedError: 'Une erreur est survenue de notre côté. Votre saisie est conservée\u202f: réessayez dans un instant.',

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    email: { invalid_format: 'Saisissez une adresse e-mail comme nom@exemple.com.' },
    code: { required: 'Saisissez le code reçu par e-mail.', invalid_format: 'Le code compte 8\u00a0chiffres, par exemple 1234 5678.' },
  },
};

export default fr;
