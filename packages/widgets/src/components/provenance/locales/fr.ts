/**
 * Chaînes françaises de <atelier-provenance>.
 * Before « : ; ! ? » a narrow no-break space (`\u202f`, written as an escape so it stays visible
 * here) keeps the sign on the line of its word, as French typography requires.
 */
import serviceTypes from '@atelier/client/service-type-names/fr';
import type { ProvenanceMessages } from './en.ts';

const fr: ProvenanceMessages = {
  languageTag: 'fr',

  title: 'Vérifier l’historique d’une pièce',
  intro: 'Saisissez le numéro de série gravé sur le fond du boîtier, ou collez le lien du code QR de la carte de garantie.',
  serialLabel: 'Numéro de série ou Digital Link',
  serialHint: (serial) => `Par exemple ${serial}, ou le lien du QR code de la carte de garantie`,
  submit: 'Vérifier',
  loading: 'Recherche de la pièce…',
  retry: 'Réessayer',

  invalidSerial: (min, max) => `Un numéro de série compte de ${min} à ${max} lettres, chiffres et tirets.`,
  inputErrors: {
    required: 'Saisissez un numéro de série ou un Digital Link.',
    invalid_gtin: 'Le numéro de produit (GTIN) de ce lien n’est pas valide.',
    invalid_check_digit: 'Le numéro de produit (GTIN) de ce lien est mal saisi\u202f: sa clé de contrôle est fausse.',
    invalid_link: 'Ce lien ne désigne pas une pièce. Collez le lien de la carte de garantie ou saisissez le numéro de série.',
  },

  unknownSerial: (serial) => `Aucune pièce portant le numéro de série ${serial} n’est enregistrée auprès de cette marque. Vérifiez le numéro et réessayez.`,
  rateLimited: (wait) => `Trop de recherches en peu de temps. Veuillez réessayer dans ${wait}.`,
  rateLimitedNoWait: 'Trop de recherches en peu de temps. Veuillez patienter un instant avant de réessayer.',
  offline: 'Nous n’avons pas pu joindre le serveur\u202f: vérifiez votre connexion et réessayez.',
  unexpectedError: 'Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.',

  verified: 'Vérifié\u202f: cet historique est signé par la marque et n’a pas été modifié.',
  notVerified: 'Cet historique n’a pas pu être vérifié — ne vous y fiez pas.',
  notVerifiedDetail: 'Sa signature ou son contenu ne correspond pas à la clé de la marque. Contactez la marque avant d’acheter ou de vendre cette pièce.',

  stolenTitle: 'Déclarée volée',
  stolenBody: (date) => `Cette pièce a été déclarée volée le ${date}.`,
  stolenGuidance: {
    contact_brand: 'Ne l’achetez pas. Contactez la marque, qui vous indiquera la marche à suivre.',
    contact_police_and_brand: 'Ne l’achetez pas et ne confrontez pas le vendeur. Contactez la police et la marque.',
  },
  lostTitle: 'Déclarée perdue',
  lostBody: 'Son propriétaire a déclaré cette pièce perdue. Ne l’achetez pas : contactez la marque, qui vous indiquera la marche à suivre.',
  destroyedTitle: 'Enregistrée comme détruite',
  destroyedBody: 'La marque a enregistré cette pièce comme détruite. Une pièce proposée sous ce numéro de série n’est peut-être pas authentique : ne l’achetez pas et contactez la marque.',

  pieceHeading: 'La pièce',
  serialTerm: 'Numéro de série',
  referenceTerm: 'Référence',
  collectionTerm: 'Collection',
  manufacturedTerm: 'Année de fabrication',
  firstSaleTerm: 'Première vente',
  firstSale: (retailer, place, month) => `${month}, par ${retailer}, ${place}`,
  notSoldYet: 'Pas encore vendue',
  ownersTerm: 'Propriétaires',
  ownerCount: (count) => (count === 0 ? 'Aucun propriétaire enregistré' : count === 1 ? '1 propriétaire' : `${count} propriétaires`),
  registeredSinceTerm: 'Propriétaire actuel enregistré depuis',

  historyHeading: 'Historique',
  eventTypes: {
    manufactured: 'Fabrication',
    sold: 'Vente',
    warranty_activated: 'Garantie activée',
    ownership_transferred: 'Changement de propriétaire',
    serviced: 'Révision',
    modified: 'Modification',
    reported_stolen: 'Déclarée volée',
    recovered: 'Retrouvée',
    sale_voided: 'Vente annulée',
  },

  warrantyUntil: (date) => `garantie jusqu’au ${date}`,

  servicesHeading: 'Révisions',
  service: (serviceType, city) => `${serviceType}, centre de service de ${city}`,
  serviceTypes,
  noServices: 'Aucune révision enregistrée.',
  modificationsHeading: 'Modifications',
  modification: (what, retailer) => `${what}, par ${retailer}`,
  noModifications: 'Aucune modification enregistrée.',

  shareHeading: 'Partager cet historique',
  shareLinkLabel: 'Lien vers cet historique',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'Copie impossible\u202f: sélectionnez le lien et copiez-le vous-même.',
  qrLabel: (serial) => `Code QR de la pièce ${serial}`,
};

export default fr;
