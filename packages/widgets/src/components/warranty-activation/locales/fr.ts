/**
 * Chaînes françaises.
 * Before « : ; ! ? » a narrow no-break space (`\u202f`, written as an escape so it stays visible
 * here) keeps the sign on the line of its word, as French typography requires.
 */
import type { WarrantyActivationMessages } from './en.ts';
import forms from '../../../forms/locales/fr.ts';

const fr: WarrantyActivationMessages = {
  ...forms,
  languageTag: 'fr',

  configError: 'La liste des revendeurs et des langues n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
  retry: 'Réessayer',

  activationTitle: 'Activez votre garantie',
  activationIntro: 'Enregistrez votre pièce pour activer sa garantie internationale. Les champs marqués obligatoires doivent être remplis.',
  pieceLegend: 'Votre pièce',
  serialLabel: 'Numéro de série',
  serialHint: 'Gravé sur le fond du boîtier et imprimé sur la carte de garantie.',
  cardCodeLabel: 'Code de la carte de garantie',
  cardCodeHint: 'Imprimé sur la carte de garantie. Inutile si votre détaillant a enregistré la vente pour vous.',
  purchaseDateLabel: 'Date d’achat',
  retailerLabel: 'Où l’avez-vous achetée\u202f?',
  retailerPlaceholder: 'Choisissez un détaillant',
  retailerOther: 'Autre / absent de la liste',
  ownerLegend: 'Vos coordonnées',
  nameLabel: 'Nom complet',
  emailLabel: 'E-mail',
  emailHint: 'Nous envoyons à cette adresse un lien pour confirmer l’activation.',
  countryLabel: 'Pays de résidence',
  countryPlaceholder: 'Choisissez un pays',
  languageLabel: 'Langue préférée',
  giftLegend: 'Cadeau',
  giftLabel: 'Cette pièce est un cadeau',
  giftHint: 'La confirmation est envoyée au destinataire, qui devient le propriétaire enregistré.',
  recipientNameLabel: 'Nom complet du destinataire',
  recipientEmailLabel: 'E-mail du destinataire',
  recipientLanguageLabel: 'Langue du destinataire',
  giftConsentsNote: 'Le destinataire choisit les messages qu’il reçoit de notre part, dans son espace propriétaire ; nous lui écrivons dans sa langue.',
  consentsLegend: 'Nos messages',
  serviceConsentLabel: 'Envoyez-moi les messages de service (rappels d’entretien, suivi des réparations).',
  marketingConsentLabel: 'Envoyez-moi les nouveautés, événements et offres.',
  submit: 'Activer la garantie',
  submitting: 'Activation…',

  offline: 'Impossible de joindre le serveur\u202f: vérifiez votre connexion. Vos réponses sont conservées\u202f: envoyez-les à nouveau une fois connecté.',
  timeout: 'Le serveur a mis trop de temps à répondre. Vos réponses sont conservées\u202f: veuillez réessayer.',
  unexpectedError: 'Un problème est survenu de notre côté. Vos réponses sont conservées\u202f: réessayez dans un instant.',
  alreadyActivated: 'Cette pièce a déjà une garantie enregistrée. S’il s’agit d’une erreur, contactez la marque.',
  tooManyAttempts: 'Trop de tentatives pour ce numéro de série. Pour votre sécurité, patientez un moment avant de réessayer.',
  itemUnavailable: 'Cette pièce ne peut pas être enregistrée. Contactez la marque ou votre détaillant.',

  successTitle: 'Presque terminé\u202f: consultez votre boîte de réception',
  successBody: (model: string, serial: string) => `Votre ${model} (numéro de série ${serial}) est enregistrée.`,
  coverageUntil: (date: string) => `Garantie jusqu’au ${date}.`,
  checkInbox: (address: string) => `Nous avons envoyé un lien de confirmation à ${address}. Ouvrez-le pour activer la garantie.`,

  confirming: 'Confirmation de votre garantie…',
  confirmedTitle: 'Votre garantie est active',
  confirmationInvalid:
    'Ce lien a déjà été utilisé ou n’est pas valide. Si vous avez déjà confirmé votre garantie, elle est active\u202f: vous n’avez rien d’autre à faire. Sinon, activez-la à nouveau ci-dessous pour recevoir un nouveau lien.',
  confirmationExpired: 'Ce lien de confirmation a expiré. Activez la garantie à nouveau ci-dessous pour recevoir un nouveau lien.',
  confirmationTransferEnded:
    'Ce transfert ne peut plus être finalisé\u202f: il a été annulé, ou la pièce a été déclarée volée ou perdue. Rien n’a changé\u202f; veuillez contacter la personne qui vous l’a proposée.',
  askConsentsTitle: 'Une dernière étape\u202f: nos messages',
  askConsentsIntro:
    'Choisissez les messages que vous souhaitez recevoir en tant que propriétaire de la pièce, puis confirmez. Vous pourrez changer d’avis à tout moment dans votre espace propriétaire.',
  confirmWithConsents: 'Confirmer et activer ma garantie',
  consentAnswer: (checked: boolean) => (checked ? 'oui' : 'non'),

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'Nous ne connaissons pas ce numéro de série. Comparez-le à la carte de garantie.',
    unknown_retailer: 'Ce détaillant n’est pas un détaillant agréé.',
    invalid_card_code: 'Ce code ne correspond pas à la carte de garantie de cette pièce.',
    purchase_date_in_future: 'La date d’achat ne peut pas être dans le futur.',
    purchase_date_before_manufacture: 'La date d’achat est antérieure à la fabrication de cette pièce.',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: 'Saisissez une adresse e-mail, par exemple nom@exemple.fr.' },
    'gift.recipientEmail': { invalid_format: 'Saisissez une adresse e-mail, par exemple nom@exemple.fr.' },
    serial: { invalid_format: 'Utilisez uniquement des lettres, des chiffres et des tirets.' },
    cardCode: { invalid_format: 'Utilisez uniquement des lettres, des chiffres, des espaces et des tirets.' },
  },
};

export default fr;
