/**
 * English strings of <atelier-warranty-activation>: the reference catalog, bundled with the widget.
 * Its shape is the `WarrantyActivationMessages` type every other locale must satisfy, so a missing
 * translation is a type error rather than a blank label.
 */
import forms from '../../../forms/locales/en.ts';

const en = {
  ...forms,
  languageTag: 'en',

  configError: 'The list of retailers and languages could not be loaded. Check your connection and try again.',
  retry: 'Try again',

  activationTitle: 'Activate your warranty',
  activationIntro: 'Register your piece to activate its international warranty. Fields marked required must be filled in.',
  pieceLegend: 'Your piece',
  serialLabel: 'Serial number',
  serialHint: 'Engraved on the case back and printed on the warranty card.',
  cardCodeLabel: 'Warranty card code',
  cardCodeHint: 'Printed on the warranty card. Not needed if your retailer registered the sale for you.',
  purchaseDateLabel: 'Purchase date',
  retailerLabel: 'Where did you buy it?',
  retailerPlaceholder: 'Choose a retailer',
  retailerOther: 'Other / not listed',
  ownerLegend: 'About you',
  nameLabel: 'Full name',
  emailLabel: 'E-mail',
  emailHint: 'We send a link to this address to confirm the activation.',
  countryLabel: 'Country of residence',
  countryPlaceholder: 'Choose a country',
  languageLabel: 'Preferred language',
  giftLegend: 'Gift',
  giftLabel: 'This piece is a gift',
  giftHint: 'The confirmation goes to the recipient, who becomes the registered owner.',
  recipientNameLabel: "Recipient's full name",
  recipientEmailLabel: "Recipient's e-mail",
  recipientLanguageLabel: "Recipient's language",
  giftConsentsNote: 'The recipient chooses which messages they receive from us, in their owner space; we write to them in their language.',
  consentsLegend: 'Messages from us',
  serviceConsentLabel: 'Send me service messages (service reminders, repair updates).',
  marketingConsentLabel: 'Send me news, events and offers.',
  submit: 'Activate warranty',
  submitting: 'Activating…',

  offline: 'We could not reach the server: check your connection. Your answers are kept: send them again once you are connected.',
  timeout: 'The server took too long to answer. Your answers are kept: please try again.',
  unexpectedError: 'Something went wrong on our side. Your answers are kept: please try again in a moment.',
  alreadyActivated: 'This piece already has a registered warranty. If you believe this is a mistake, please contact the brand.',
  tooManyAttempts: 'Too many attempts with this serial number. For your security, please wait a while before trying again.',
  itemUnavailable: 'This piece cannot be registered. Please contact the brand or your retailer.',

  successTitle: 'Almost done: check your inbox',
  successBody: (model: string, serial: string) => `Your ${model} (serial ${serial}) is registered.`,
  coverageUntil: (date: string) => `Covered until ${date}.`,
  checkInbox: (address: string) => `We sent a confirmation link to ${address}. Open it to activate the warranty.`,

  confirming: 'Confirming your warranty…',
  confirmedTitle: 'Your warranty is active',
  confirmationInvalid:
    'This link has already been used or is not valid. If you already confirmed your warranty, it is active: there is nothing more to do. Otherwise, activate it again below to receive a new link.',
  confirmationExpired: 'This confirmation link has expired. Activate the warranty again below to receive a new link.',
  /** A transfer's link whose transfer ended (cancelled, or the piece reported stolen or lost): `transfer_no_longer_possible`. */
  confirmationTransferEnded:
    'This transfer can no longer be completed: it was cancelled, or the piece was reported stolen or lost. Nothing has changed; please contact the person who offered it to you.',
  /** A gift's recipient or a transfer's new owner, whose link asks (`atelier-consents=ask`): the consent questions before the confirmation. */
  askConsentsTitle: 'One last step: messages from us',
  askConsentsIntro:
    'Choose which messages you would like to receive as the piece’s owner, then confirm. You can change this at any time in your owner space.',
  confirmWithConsents: 'Confirm and activate my warranty',
  /** How an answer reads in the words kept with the consents (the question, then each box and this). */
  consentAnswer: (checked: boolean): string => (checked ? 'yes' : 'no'),

  /** By error code: the forms' words for the contract's codes, then this widget's refusals. */
  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'We do not know this serial number. Check it against the warranty card.',
    unknown_retailer: 'This retailer is not an authorized retailer.',
    invalid_card_code: 'This code does not match the warranty card of this piece.',
    purchase_date_in_future: 'The purchase date cannot be in the future.',
    purchase_date_before_manufacture: 'The purchase date is before this piece was made.',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    'gift.recipientEmail': { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    serial: { invalid_format: 'Use letters, digits and dashes only.' },
    cardCode: { invalid_format: 'Use letters, digits, spaces and dashes only.' },
  } as Record<string, Record<string, string>>,
};

export type WarrantyActivationMessages = typeof en;
export default en;
