/**
 * English strings of <atelier-repair-booking>: the reference catalog, bundled with the widget.
 * Its shape is the `RepairBookingMessages` type every other locale must satisfy, so a missing
 * translation is a type error rather than a blank label.
 */
import serviceTypes from '@atelier/client/service-type-names/en';
import type { WarrantyStatus } from '@atelier/client/contract';
import forms from '../../../forms/locales/en.ts';

const en = {
  ...forms,
  languageTag: 'en',

  loading: 'Loading…',
  unavailable: 'The booking form could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  stepIndicator: (step: number, total: number) => `Step ${step} of ${total}`,
  back: 'Back',
  next: 'Continue',

  pieceTitle: 'Your piece',
  pieceIntro: 'Book a service at one of our service centres. You will get a tracking code to follow the repair.',
  serialLabel: 'Serial number',
  serialHint: 'Engraved on the case back and printed on the warranty card.',

  serviceTitle: 'The service',
  serviceLegend: 'Which service does your piece need?',
  watchServices: 'Watches',
  jewelleryServices: 'Jewellery',
  serviceTypes,
  descriptionLabel: 'What have you noticed?',
  descriptionHint: 'In your own words: the more we know, the better we prepare.',

  centreTitle: 'Service centre and drop-off',
  countryLabel: 'Country',
  allCountries: 'All countries',
  nearMe: 'Find centres near me',
  locating: 'Finding your location…',
  nearestFirst: 'Nearest centres first.',
  locationDenied: 'Your location was not shared. Choose a country instead.',
  locationUnavailable: 'Your location could not be found. Choose a country instead.',
  centreLegend: 'Service centre',
  centresLoading: 'Loading service centres…',
  noCentres: 'No service centre offers this service here. Choose another country or service.',
  distanceAway: (distance: string) => `${distance} away`,
  turnaround: (days: number) => (days === 1 ? 'Standard turnaround: 1 day' : `Standard turnaround: ${days} days`),
  dropOffLegend: 'How will the piece reach us?',
  dropOffSlot: 'I bring it to the boutique at a time I choose',
  dropOffMailIn: 'I send it by post',
  slotsLegend: 'Drop-off time',
  timesInZone: (zone: string) => `Times are in the centre’s time zone: ${zone}.`,
  slotsHelp: 'Choose a day, then a time. Arrow keys move between days and between times; Enter or Space chooses.',
  slotDays: 'Days with drop-off times',
  slotsLoading: 'Loading drop-off times…',
  noSlots: 'No drop-off time is free on these dates. Try later dates, or send the piece by post.',
  slotsFailed: 'The drop-off times could not be loaded.',
  /** After a full slot's time, its separator included: `, full` here, `（満席）` in Japanese. */
  slotFull: ', full',
  earlierDates: 'Earlier dates',
  laterDates: 'Later dates',
  slotChosen: (when: string) => `Chosen: ${when}.`,
  slotFullNotice: 'That time was just taken by someone else. Please choose another: the times below are up to date. Everything else you entered is kept.',
  mailInTitle: 'How to send your piece',

  contactTitle: 'Your contact details',
  nameLabel: 'Full name',
  emailLabel: 'E-mail',
  emailHint: 'We send the tracking code and every update of the repair to this address.',
  languageLabel: 'Language of our messages',

  reviewTitle: 'Review and book',
  reviewIntro: 'Check your booking. You can change any part before you book.',
  reviewPiece: 'Piece',
  reviewService: 'Service',
  reviewDescription: 'What you noticed',
  reviewCentre: 'Service centre',
  reviewDropOff: 'Drop-off',
  reviewContact: 'Contact',
  byPost: 'By post',
  change: 'Change',
  changeLabel: (section: string) => `Change: ${section}`,
  submit: 'Book the service',
  submitting: 'Booking…',

  offline: 'We could not reach the server: check your connection. Your booking is kept: send it again once you are connected.',
  timeout: 'The server took too long to answer. Your booking is kept: please try again.',
  unexpectedError: 'Something went wrong on our side. Your booking is kept: please try again in a moment.',
  itemUnavailable: 'This piece cannot be booked online. Please contact the brand.',
  tooManyAttempts: 'Too many attempts. Please wait a moment before trying again.',

  bookedTitle: 'Your service is booked',
  trackingCodeLabel: 'Your tracking code',
  trackingCodeHint: 'Keep it: with your e-mail address it lets you follow the repair. We also sent it by e-mail.',
  copy: 'Copy the code',
  copied: 'Code copied.',
  bookedSlot: (when: string, centre: string) => `Bring your piece to ${centre} on ${when}.`,
  bookedMailIn: (centre: string) => `Send your piece by post to ${centre}:`,
  addToCalendar: 'Add the appointment to your calendar (.ics)',
  calendarSummary: (service: string, centre: string) => `${service}: drop-off at ${centre}`,
  calendarDescription: (code: string) => `Tracking code ${code}. Bring your piece and its warranty card.`,
  warranty: {
    active: (date: string) => `Under warranty until ${date}: work the warranty covers costs you nothing.`,
    pending_confirmation: (date: string) => `Warranty awaiting your e-mail confirmation, until ${date}.`,
    expired: (date: string) => `The warranty ended on ${date}: you will receive an estimate before any work.`,
    void: () => 'This piece is not under warranty: you will receive an estimate before any work.',
  } satisfies Record<WarrantyStatus, (date: string) => string>,
  noWarranty: 'No warranty is registered for this piece: you will receive an estimate before any work.',

  /** By error code: the forms' words for the contract's codes, then this widget's refusals. */
  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'We do not know this serial number. Check it against the warranty card.',
    unknown_service_centre: 'This service centre is no longer available. Choose another.',
    service_not_offered: 'This centre does not offer this service. Choose another centre or service.',
    unknown_slot: 'This drop-off time is no longer available. Choose another.',
    slot_full: 'This drop-off time is full. Choose another.',
  } as Record<string, string>,
  fieldErrorsByField: {
    'contact.email': { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    serial: { invalid_format: 'Use letters, digits and dashes only.' },
    serviceType: { required: 'Choose a service.' },
    serviceCentreId: { required: 'Choose a service centre.' },
    'dropOff.slotId': { required: 'Choose a drop-off time, or send the piece by post.' },
  } as Record<string, Record<string, string>>,
};

export type RepairBookingMessages = typeof en;
export default en;
