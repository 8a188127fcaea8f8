/**
 * English strings of <atelier-provenance>: the reference catalog. Its shape is the
 * `ProvenanceMessages` type every other locale must satisfy, so a missing translation is a type
 * error rather than a blank label.
 */
import type { ProvenanceEventType, StolenGuidance } from '@atelier/client/contract';
import serviceTypes from '@atelier/client/service-type-names/en';

const en = {
  languageTag: 'en',

  title: 'Check a piece’s history',
  intro: 'Enter the serial number engraved on the case back, or paste the link from the warranty card’s QR code.',
  serialLabel: 'Serial number or Digital Link',
  serialHint: (serial: string) => `For example ${serial}, or the link in the QR code of the warranty card`,
  submit: 'Check',
  loading: 'Looking up the piece…',
  retry: 'Try again',

  invalidSerial: (min: number, max: number) => `A serial number has ${min} to ${max} letters, digits and dashes.`,
  inputErrors: {
    required: 'Enter a serial number or a Digital Link.',
    invalid_gtin: 'The product number (GTIN) in this link is not valid.',
    invalid_check_digit: 'The product number (GTIN) in this link is mistyped: its check digit is wrong.',
    invalid_link: 'This link does not point to a piece. Paste the link from the warranty card, or type the serial number.',
  },

  unknownSerial: (serial: string) => `No piece with the serial number ${serial} is registered with this brand. Check the number and try again.`,
  rateLimited: (wait: string) => `Too many lookups in a short time. Please try again in ${wait}.`,
  rateLimitedNoWait: 'Too many lookups in a short time. Please wait a moment before trying again.',
  offline: 'We could not reach the server: check your connection and try again.',
  unexpectedError: 'Something went wrong on our side. Please try again in a moment.',

  verified: 'Verified: this history is signed by the brand and has not been altered.',
  notVerified: 'This record could not be verified — do not rely on this record.',
  notVerifiedDetail: 'Its signature or its history does not match the brand’s key. Contact the brand before buying or selling this piece.',

  stolenTitle: 'Reported stolen',
  stolenBody: (date: string) => `This piece was reported stolen on ${date}.`,
  stolenGuidance: {
    contact_brand: 'Do not buy it. Contact the brand, who will tell you what to do.',
    contact_police_and_brand: 'Do not buy it and do not confront the seller. Contact the police and the brand.',
  } satisfies Record<StolenGuidance, string>,
  /** An owner reported the piece lost (no date is public). */
  lostTitle: 'Reported lost',
  lostBody: 'Its owner reported this piece lost. Do not buy it: contact the brand, who will tell you what to do.',
  /** The brand recorded the piece destroyed. */
  destroyedTitle: 'Recorded as destroyed',
  destroyedBody: 'The brand recorded this piece as destroyed. A piece offered under this serial number may not be genuine: do not buy it, and contact the brand.',

  pieceHeading: 'The piece',
  serialTerm: 'Serial number',
  referenceTerm: 'Reference',
  collectionTerm: 'Collection',
  manufacturedTerm: 'Manufactured',
  firstSaleTerm: 'First sold',
  firstSale: (retailer: string, place: string, month: string) => `${month}, by ${retailer}, ${place}`,
  notSoldYet: 'Not sold yet',
  ownersTerm: 'Owners',
  ownerCount: (count: number) => (count === 0 ? 'No registered owner' : count === 1 ? '1 owner' : `${count} owners`),
  registeredSinceTerm: 'Current owner registered since',

  historyHeading: 'History',
  eventTypes: {
    manufactured: 'Manufactured',
    sold: 'Sold',
    warranty_activated: 'Warranty activated',
    ownership_transferred: 'Ownership transferred',
    serviced: 'Serviced',
    modified: 'Modified',
    reported_stolen: 'Reported stolen',
    recovered: 'Recovered',
    sale_voided: 'Sale voided',
  } satisfies Record<ProvenanceEventType, string>,

  warrantyUntil: (date: string) => `warranty until ${date}`,

  servicesHeading: 'Services',
  service: (serviceType: string, city: string) => `${serviceType}, service centre in ${city}`,
  serviceTypes,
  noServices: 'No service recorded.',
  modificationsHeading: 'Modifications',
  modification: (what: string, retailer: string) => `${what}, by ${retailer}`,
  noModifications: 'No modification recorded.',

  shareHeading: 'Share this record',
  shareLinkLabel: 'Link to this record',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy: select the link and copy it yourself.',
  qrLabel: (serial: string) => `QR code of the piece ${serial}`,
};

export type ProvenanceMessages = typeof en;
export default en;
