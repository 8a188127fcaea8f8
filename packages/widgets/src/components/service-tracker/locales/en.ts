/**
 * English strings of <atelier-service-tracker>: the reference catalog, bundled with the widget.
 * Its shape is the `ServiceTrackerMessages` type every other locale must satisfy, so a missing
 * translation is a type error rather than a blank label.
 */
import type { RepairStatus, WarrantyStatus } from '@atelier/client/contract';
import serviceTypes from '@atelier/client/service-type-names/en';
import forms from '../../../forms/locales/en.ts';

const en = {
  ...forms,
  languageTag: 'en',

  loading: 'Looking up your repair…',
  retry: 'Try again',

  lookupTitle: 'Follow your repair',
  lookupIntro: 'Enter the tracking code from your booking confirmation and the e-mail address you booked with.',
  trackingCodeLabel: 'Tracking code',
  trackingCodeHint: 'For example 7XK2-M9QD-R4TB. Dashes and capitals are optional.',
  emailLabel: 'E-mail',
  lookupSubmit: 'Find my repair',

  unknownRepair: 'We found no repair for this tracking code and e-mail address. Check both and try again.',
  linkNoLongerValid: 'This link no longer opens your repair. Enter your tracking code and e-mail address instead.',
  rateLimited: (wait: string) => `Too many attempts in a short time. Please try again in ${wait}.`,
  rateLimitedNoWait: 'Too many attempts in a short time. Please wait a moment before trying again.',
  offline: 'We could not reach the server: check your connection. What you typed is kept: try again once you are connected.',
  unexpectedError: 'Something went wrong on our side. What you typed is kept: please try again in a moment.',

  trackerTitle: (code: string) => `Repair ${code}`,
  pieceSummary: (service: string, serial: string) => `${service} of the piece with serial number ${serial}`,
  refresh: 'Refresh',
  trackAnother: 'Follow another repair',

  serviceTypes,

  progressHeading: 'Progress',
  currentStage: 'current stage',
  upcomingStage: 'to come',
  stages: {
    requested: 'Booked',
    received: 'Received at the service centre',
    diagnosed: 'Diagnosed',
    awaiting_approval: 'Estimate awaiting your decision',
    approved: 'Estimate approved',
    declined: 'Estimate declined',
    in_repair: 'In repair',
    quality_control: 'Quality control',
    ready: 'Ready',
    returned: 'Returned',
    cancelled: 'Cancelled',
  } satisfies Record<RepairStatus, string>,

  detailsHeading: 'Your repair',
  centreTerm: 'Service centre',
  dropOffTerm: 'Drop-off',
  slotDropOff: (window: string) => `At the boutique: ${window}`,
  mailInDropOff: 'By mail',
  mailInInstructionsTerm: 'How to send your piece',
  promisedTerm: 'Promised for',
  notPromisedYet: 'Set when the service centre receives your piece.',
  onTime: 'On time',
  late: 'Late: past the promised date',
  warrantyTerm: 'Warranty',
  warrantyStatuses: {
    pending_confirmation: 'Waiting for your confirmation',
    active: 'Active',
    expired: 'Expired',
    void: 'Void',
  } satisfies Record<WarrantyStatus, string>,
  warrantyCoverage: (status: string, date: string) => `${status}, covered until ${date}`,

  estimateHeading: 'Estimate',
  estimateCaption: (date: string) => `Estimate, valid until ${date}`,
  itemColumn: 'Work',
  amountColumn: 'Amount',
  coveredByWarranty: 'Covered by warranty',
  totalRow: 'Total to pay',
  decisionIntro: 'Type your full name to sign your decision, then approve or decline the estimate.',
  signatureLabel: 'Your full name',
  approve: 'Approve the estimate',
  decline: 'Decline the estimate',
  confirmApproveTitle: 'Approve this estimate?',
  confirmDeclineTitle: 'Decline this estimate?',
  confirmApproveBody: (total: string, name: string) => `You approve the work for ${total}, signed ${name}. The service centre starts the repair.`,
  confirmDeclineBody: (name: string) => `You decline the work, signed ${name}. Your piece is returned without repair.`,
  confirmApprove: 'Yes, approve',
  confirmDecline: 'Yes, decline',
  back: 'Back',
  sendingDecision: 'Sending your decision…',
  decisionApproved: (name: string, date: string) => `Approved by ${name} on ${date}.`,
  decisionDeclined: (name: string, date: string) => `Declined by ${name} on ${date}.`,
  estimateExpired: 'This estimate has expired. The service centre will send you a new one.',
  statusChanged: 'Your repair changed in the meantime. Here is where it stands now.',

  ratingHeading: 'How was our service?',
  ratingLegend: 'Your rating',
  ratingScores: ['1 – Very poor', '2 – Poor', '3 – Fair', '4 – Good', '5 – Excellent'] as readonly string[],
  commentLabel: 'Comment',
  rateSubmit: 'Send my rating',
  sendingRating: 'Sending your rating…',
  ratingThanks: (score: number, max: number) => `Thank you for your rating: ${score} out of ${max}.`,

  /** By error code: the forms' words for the contract's codes, then this widget's refusals. */
  fieldErrors: {
    ...forms.fieldErrors,
  } as Record<string, string>,
  fieldErrorsByField: {
    trackingCode: {
      too_short: 'A tracking code has 12 letters and digits.',
      too_long: 'A tracking code has 12 letters and digits.',
      invalid_format: 'A tracking code has only letters, digits and dashes.',
    },
    email: { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    name: { required: 'Type your full name to sign.' },
    score: { required: 'Choose a rating from 1 to 5.', invalid_value: 'Choose a rating from 1 to 5.' },
  } as Record<string, Record<string, string>>,
};

export type ServiceTrackerMessages = typeof en;
export default en;
