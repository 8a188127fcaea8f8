/**
 * English strings of <atelier-owner-portal>: the reference catalog, bundled with the widget. Its
 * shape is the `OwnerPortalMessages` type every other locale must satisfy, so a missing translation
 * is a type error rather than a blank label.
 */
import type { CareKind, ItemStatus, ProvenanceEventType, RepairStatus, WarrantyStatus } from '@atelier/client/contract';
import serviceTypes from '@atelier/client/service-type-names/en';
import forms from '../../../forms/locales/en.ts';

const en = {
  ...forms,
  languageTag: 'en',

  loading: 'Loading your pieces…',
  sending: 'Sending…',
  retry: 'Try again',

  signInTitle: 'Sign in to your pieces',
  signInIntro: 'Enter the e-mail address you registered your pieces with. We will send you a code to sign in: no password needed.',
  emailLabel: 'E-mail',
  sendCode: 'Send me a code',
  codeTitle: 'Check your mail',
  codeIntro: (email: string, minutes: number) =>
    `If ${email} belongs to an owner of our pieces, we have sent it a code and a link, valid for ${minutes} minutes. Type the code here, or open the link in the e-mail.`,
  codeLabel: 'Code from the e-mail',
  codeHint: '8 digits, for example 1234 5678.',
  signIn: 'Sign in',
  otherAddress: 'Use another e-mail address',
  newCode: 'Send a new code',
  signingInFromLink: 'Signing you in…',

  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereHint: 'Ends your session on every computer and phone.',
  signedOut: 'You are signed out.',
  signedOutEverywhere: 'You are signed out on every device.',
  sessionEnded: 'Your session has ended. Sign in again to continue: nothing you typed is lost.',

  piecesTitle: 'Your pieces',
  noPieces: 'No piece is registered to you yet. Once you register a piece’s warranty, it appears here.',
  serialTerm: 'Serial number',
  warrantyTerm: 'Warranty',
  warrantyUntil: (status: string, date: string) => `${status}, until ${date}`,
  warrantyStatuses: {
    pending_confirmation: 'Waiting for your confirmation',
    active: 'Active',
    expired: 'Expired',
    void: 'Void',
  } satisfies Record<WarrantyStatus, string>,
  /** What each kind of care is called, beside its next due date. */
  careKinds: { service: 'Service', water_resistance_check: 'Water-resistance check', cleaning: 'Cleaning' } satisfies Record<CareKind, string>,
  nextCareDue: (date: string) => `Due on ${date}`,
  nextCareOverdue: (date: string) => `Overdue since ${date}`,
  /** Under a care rule's warranty condition (the brand's own words): the last day the care keeps it, or that it lapsed. */
  warrantyConditionKeptBy: (date: string) => `Done by ${date}, it keeps your warranty.`,
  warrantyConditionLapsed: (date: string) => `Not done by ${date}: this condition of your warranty has lapsed.`,
  retailerTerm: 'Your retailer',
  retailerPlace: (name: string, city: string, country: string) => `${name}, ${city} (${country})`,
  emailRetailer: (name: string) => `E-mail ${name}`,
  callRetailer: (name: string) => `Call ${name}`,
  noRetailer: 'None on record',
  statusTerm: 'Status',
  itemStatuses: {
    in_stock: 'In stock',
    sold: 'Yours',
    stolen: 'Reported stolen',
    lost: 'Reported lost',
    destroyed: 'Destroyed',
  } satisfies Record<ItemStatus, string>,
  openPiece: (name: string, serial: string) => `History of ${name} ${serial}`,
  allPieces: 'All my pieces',

  timelineTitle: 'Its history',
  events: {
    manufactured: 'Made',
    sold: 'Sold',
    warranty_activated: 'Warranty registered',
    ownership_transferred: 'New owner',
    serviced: 'Serviced',
    modified: 'Modified by an authorized retailer',
    reported_stolen: 'Reported stolen',
    recovered: 'Found',
    sale_voided: 'Sale cancelled',
  } satisfies Record<ProvenanceEventType, string>,
  serviceTypes,
  repairEntry: (service: string, status: string) => `${service}: ${status}`,
  repairStatuses: {
    requested: 'booked',
    received: 'received at the service centre',
    diagnosed: 'diagnosed',
    awaiting_approval: 'estimate awaiting your decision',
    approved: 'estimate approved',
    declined: 'estimate declined',
    in_repair: 'in repair',
    quality_control: 'quality control',
    ready: 'ready',
    returned: 'returned',
    cancelled: 'cancelled',
  } satisfies Record<RepairStatus, string>,
  followRepair: (code: string) => `Follow repair ${code}`,
  extensionEntry: (months: number) => (months === 1 ? 'Warranty extended by 1 month' : `Warranty extended by ${months} months`),
  extensionAfterService: 'after a service',

  bookService: 'Book a service',
  bookingTitle: (name: string) => `Book a service for your ${name}`,
  closeBooking: 'Close the booking',

  reportStolen: 'Report it stolen',
  reportStolenTitle: 'Report this piece stolen',
  reportStolenIntro: 'Where was it stolen? The piece’s public history shows the country and city only, never your name.',
  countryLabel: 'Country',
  countryPlaceholder: 'Choose a country',
  cityLabel: 'City',
  continue: 'Continue',
  back: 'Back',
  confirmStolenTitle: 'Report it stolen now?',
  confirmStolen: (name: string, serial: string) =>
    `${name}, serial number ${serial}, will show as stolen in its public history at once, and every authorized retailer who sees it will be told to call us.`,
  confirmStolenButton: 'Yes, report it stolen',
  reportedStolen: 'Reported stolen. If it turns up, come back here and report it found.',
  reportFound: 'Report it found',
  confirmFoundTitle: 'Report it found now?',
  confirmFound: (name: string, serial: string) => `${name}, serial number ${serial}, will no longer show as stolen. The report stays in its history.`,
  confirmFoundButton: 'Yes, it was found',
  reportedFound: 'Reported found. We are glad you have it back.',

  codeInvalid: 'This code does not work: it may be mistyped or already used. Check it, or ask for a new code.',
  linkInvalid: 'This sign-in link no longer works: it was already used or replaced. Enter your e-mail address to get a new code.',
  codeExpired: 'This code or link has expired: codes last 10 minutes. Ask for a new one.',
  unknownPiece: 'This piece is no longer among yours.',
  alreadyStolen: 'This piece is already reported stolen.',
  notStolen: 'This piece is not reported stolen.',
  unavailable: 'This piece cannot be reported stolen: its status does not allow it. Please contact us.',
  rateLimited: (wait: string) => `Too many attempts in a short time. Please try again in ${wait}.`,
  rateLimitedNoWait: 'Too many attempts in a short time. Please wait a moment before trying again.',
  offline: 'We could not reach the server: check your connection. What you typed is kept: try again once you are connected.',
  unexpectedError: 'Something went wrong on our side. What you typed is kept: please try again in a moment.',

  /** By error code: the forms' words for the contract's codes, then this widget's refusals. */
  fieldErrors: {
    ...forms.fieldErrors,
  } as Record<string, string>,
  fieldErrorsByField: {
    email: { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    code: { required: 'Type the code from the e-mail.', invalid_format: 'The code has 8 digits, for example 1234 5678.' },
  } as Record<string, Record<string, string>>,
};

export type OwnerPortalMessages = typeof en;
export default en;
