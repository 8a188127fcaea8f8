/** Deutsche Texte von <atelier-provenance>. */
import serviceTypes from '@atelier/client/service-type-names/de';
import type { ProvenanceMessages } from './en.ts';

const de: ProvenanceMessages = {
  languageTag: 'de',

  title: 'Die Geschichte einer Uhr prüfen',
  intro: 'Geben Sie die auf dem Gehäuseboden eingravierte Seriennummer ein oder fügen Sie den Link aus dem QR-Code der Garantiekarte ein.',
  serialLabel: 'Seriennummer oder Digital Link',
  serialHint: (serial) => `Zum Beispiel ${serial} oder der Link im QR-Code der Garantiekarte`,
  submit: 'Prüfen',
  loading: 'Das Stück wird gesucht…',
  retry: 'Erneut versuchen',

  invalidSerial: (min, max) => `Eine Seriennummer besteht aus ${min} bis ${max} Buchstaben, Ziffern und Bindestrichen.`,
  inputErrors: {
    required: 'Geben Sie eine Seriennummer oder einen Digital Link ein.',
    invalid_gtin: 'Die Produktnummer (GTIN) in diesem Link ist ungültig.',
    invalid_check_digit: 'Die Produktnummer (GTIN) in diesem Link ist falsch geschrieben: Ihre Prüfziffer stimmt nicht.',
    invalid_link: 'Dieser Link verweist auf kein Stück. Fügen Sie den Link der Garantiekarte ein oder geben Sie die Seriennummer ein.',
  },

  unknownSerial: (serial) => `Bei dieser Marke ist kein Stück mit der Seriennummer ${serial} registriert. Prüfen Sie die Nummer und versuchen Sie es erneut.`,
  rateLimited: (wait) => `Zu viele Abfragen in kurzer Zeit. Bitte versuchen Sie es in ${wait} erneut.`,
  rateLimitedNoWait: 'Zu viele Abfragen in kurzer Zeit. Bitte warten Sie einen Moment, bevor Sie es erneut versuchen.',
  offline: 'Der Server ist nicht erreichbar: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  unexpectedError: 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.',

  verified: 'Geprüft: Diese Geschichte ist von der Marke signiert und wurde nicht verändert.',
  notVerified: 'Dieser Eintrag konnte nicht geprüft werden — verlassen Sie sich nicht darauf.',
  notVerifiedDetail: 'Signatur oder Verlauf passen nicht zum Schlüssel der Marke. Wenden Sie sich an die Marke, bevor Sie dieses Stück kaufen oder verkaufen.',

  stolenTitle: 'Als gestohlen gemeldet',
  stolenBody: (date) => `Dieses Stück wurde am ${date} als gestohlen gemeldet.`,
  stolenGuidance: {
    contact_brand: 'Kaufen Sie es nicht. Wenden Sie sich an die Marke; sie sagt Ihnen, was zu tun ist.',
    contact_police_and_brand: 'Kaufen Sie es nicht und stellen Sie den Verkäufer nicht zur Rede. Wenden Sie sich an die Polizei und an die Marke.',
  },
  lostTitle: 'Als verloren gemeldet',
  lostBody: 'Der Eigentümer hat dieses Stück als verloren gemeldet. Kaufen Sie es nicht: Wenden Sie sich an die Marke; sie sagt Ihnen, was zu tun ist.',
  destroyedTitle: 'Als zerstört erfasst',
  destroyedBody: 'Die Marke hat dieses Stück als zerstört erfasst. Ein Stück, das unter dieser Seriennummer angeboten wird, ist möglicherweise nicht echt: Kaufen Sie es nicht und wenden Sie sich an die Marke.',

  pieceHeading: 'Das Stück',
  serialTerm: 'Seriennummer',
  referenceTerm: 'Referenz',
  collectionTerm: 'Kollektion',
  manufacturedTerm: 'Herstellungsjahr',
  firstSaleTerm: 'Erstverkauf',
  firstSale: (retailer, place, month) => `${month}, durch ${retailer}, ${place}`,
  notSoldYet: 'Noch nicht verkauft',
  ownersTerm: 'Besitzer',
  ownerCount: (count) => (count === 0 ? 'Kein registrierter Besitzer' : count === 1 ? '1 Besitzer' : `${count} Besitzer`),
  registeredSinceTerm: 'Aktueller Besitzer registriert seit',

  historyHeading: 'Verlauf',
  eventTypes: {
    manufactured: 'Hergestellt',
    sold: 'Verkauft',
    warranty_activated: 'Garantie aktiviert',
    ownership_transferred: 'Besitzerwechsel',
    serviced: 'Revision',
    modified: 'Geändert',
    reported_stolen: 'Als gestohlen gemeldet',
    recovered: 'Wiedergefunden',
    sale_voided: 'Verkauf storniert',
  },

  warrantyUntil: (date) => `Garantie bis ${date}`,

  servicesHeading: 'Revisionen',
  service: (serviceType, city) => `${serviceType}, Servicezentrum in ${city}`,
  serviceTypes,
  noServices: 'Keine Revision verzeichnet.',
  modificationsHeading: 'Änderungen',
  modification: (what, retailer) => `${what}, durch ${retailer}`,
  noModifications: 'Keine Änderung verzeichnet.',

  shareHeading: 'Diesen Eintrag teilen',
  shareLinkLabel: 'Link zu diesem Eintrag',
  copy: 'Link kopieren',
  copied: 'Link kopiert.',
  copyFailed: 'Kopieren nicht möglich: Markieren Sie den Link und kopieren Sie ihn selbst.',
  qrLabel: (serial) => `QR-Code des Stücks ${serial}`,
};

export default de;
