/** Deutsche Texte. */
import type { WarrantyActivationMessages } from './en.ts';
import forms from '../../../forms/locales/de.ts';

const de: WarrantyActivationMessages = {
  ...forms,
  languageTag: 'de',

  configError: 'Die Liste der Händler und Sprachen konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',

  activationTitle: 'Aktivieren Sie Ihre Garantie',
  activationIntro: 'Registrieren Sie Ihr Stück, um die internationale Garantie zu aktivieren. Pflichtfelder müssen ausgefüllt werden.',
  pieceLegend: 'Ihr Stück',
  serialLabel: 'Seriennummer',
  serialHint: 'Auf dem Gehäuseboden eingraviert und auf der Garantiekarte gedruckt.',
  cardCodeLabel: 'Code der Garantiekarte',
  cardCodeHint: 'Auf der Garantiekarte gedruckt. Nicht nötig, wenn Ihr Händler den Verkauf für Sie registriert hat.',
  purchaseDateLabel: 'Kaufdatum',
  retailerLabel: 'Wo haben Sie es gekauft?',
  retailerPlaceholder: 'Händler wählen',
  retailerOther: 'Anderer / nicht aufgeführt',
  ownerLegend: 'Über Sie',
  nameLabel: 'Vollständiger Name',
  emailLabel: 'E-Mail',
  emailHint: 'An diese Adresse senden wir einen Link zur Bestätigung der Aktivierung.',
  countryLabel: 'Wohnsitzland',
  countryPlaceholder: 'Land wählen',
  languageLabel: 'Bevorzugte Sprache',
  giftLegend: 'Geschenk',
  giftLabel: 'Dieses Stück ist ein Geschenk',
  giftHint: 'Die Bestätigung geht an die beschenkte Person, die als Eigentümer registriert wird.',
  recipientNameLabel: 'Vollständiger Name der beschenkten Person',
  recipientEmailLabel: 'E-Mail der beschenkten Person',
  recipientLanguageLabel: 'Sprache des Empfängers',
  giftConsentsNote: 'Der Empfänger wählt in seinem Eigentümerbereich, welche Nachrichten er von uns erhält; wir schreiben ihm in seiner Sprache.',
  consentsLegend: 'Nachrichten von uns',
  serviceConsentLabel: 'Senden Sie mir Servicenachrichten (Wartungserinnerungen, Reparaturstatus).',
  marketingConsentLabel: 'Senden Sie mir Neuheiten, Veranstaltungen und Angebote.',
  submit: 'Garantie aktivieren',
  submitting: 'Wird aktiviert…',

  offline: 'Der Server ist nicht erreichbar: Prüfen Sie Ihre Verbindung. Ihre Angaben bleiben erhalten: Senden Sie sie erneut, sobald Sie verbunden sind.',
  timeout: 'Der Server hat zu lange gebraucht. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.',
  unexpectedError: 'Bei uns ist ein Fehler aufgetreten. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es gleich noch einmal.',
  alreadyActivated: 'Für dieses Stück ist bereits eine Garantie registriert. Wenn Sie dies für einen Irrtum halten, wenden Sie sich an die Marke.',
  tooManyAttempts: 'Zu viele Versuche mit dieser Seriennummer. Zu Ihrer Sicherheit warten Sie bitte eine Weile.',
  itemUnavailable: 'Dieses Stück kann nicht registriert werden. Bitte wenden Sie sich an die Marke oder Ihren Händler.',

  successTitle: 'Fast geschafft: Sehen Sie in Ihrem Posteingang nach',
  successBody: (model: string, serial: string) => `Ihre ${model} (Seriennummer ${serial}) ist registriert.`,
  coverageUntil: (date: string) => `Garantie bis ${date}.`,
  checkInbox: (address: string) => `Wir haben einen Bestätigungslink an ${address} gesendet. Öffnen Sie ihn, um die Garantie zu aktivieren.`,

  confirming: 'Ihre Garantie wird bestätigt…',
  confirmedTitle: 'Ihre Garantie ist aktiv',
  confirmationInvalid:
    'Dieser Link wurde bereits verwendet oder ist ungültig. Wenn Sie Ihre Garantie bereits bestätigt haben, ist sie aktiv und Sie müssen nichts weiter tun. Andernfalls aktivieren Sie sie unten erneut, um einen neuen Link zu erhalten.',
  confirmationExpired: 'Dieser Bestätigungslink ist abgelaufen. Aktivieren Sie die Garantie unten erneut, um einen neuen Link zu erhalten.',
  confirmationTransferEnded:
    'Diese Übertragung kann nicht mehr abgeschlossen werden: Sie wurde storniert, oder das Stück wurde als gestohlen oder verloren gemeldet. Es hat sich nichts geändert; bitte wenden Sie sich an die Person, die es Ihnen angeboten hat.',
  askConsentsTitle: 'Ein letzter Schritt: Nachrichten von uns',
  askConsentsIntro:
    'Wählen Sie, welche Nachrichten Sie als Eigentümer des Stücks erhalten möchten, und bestätigen Sie dann. Sie können dies jederzeit in Ihrem Eigentümerbereich ändern.',
  confirmWithConsents: 'Bestätigen und Garantie aktivieren',
  consentAnswer: (checked: boolean) => (checked ? 'ja' : 'nein'),

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'Diese Seriennummer ist uns nicht bekannt. Vergleichen Sie sie mit der Garantiekarte.',
    unknown_retailer: 'Dieser Händler ist kein autorisierter Händler.',
    invalid_card_code: 'Dieser Code passt nicht zur Garantiekarte dieses Stücks.',
    purchase_date_in_future: 'Das Kaufdatum darf nicht in der Zukunft liegen.',
    purchase_date_before_manufacture: 'Das Kaufdatum liegt vor der Herstellung dieses Stücks.',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: 'Geben Sie eine E-Mail-Adresse ein, z. B. name@beispiel.de.' },
    'gift.recipientEmail': { invalid_format: 'Geben Sie eine E-Mail-Adresse ein, z. B. name@beispiel.de.' },
    serial: { invalid_format: 'Nur Buchstaben, Ziffern und Bindestriche.' },
    cardCode: { invalid_format: 'Nur Buchstaben, Ziffern, Leerzeichen und Bindestriche.' },
  },
};

export default de;
