import serviceTypes from '@atelier/client/service-type-names/en';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName}: your repair ${trackingCode} is booked`,
    received: ({ brandName, modelName }) => `${brandName}: we have received your ${modelName}`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName}: your estimate for repair ${trackingCode} is ready`,
    approved: ({ brandName, trackingCode }) => `${brandName}: estimate approved for repair ${trackingCode}`,
    declined: ({ brandName, trackingCode }) => `${brandName}: estimate declined for repair ${trackingCode}`,
    ready: ({ brandName, modelName }) => `${brandName}: your ${modelName} is ready`,
    returned: ({ brandName, modelName }) => `${brandName}: your ${modelName} is back with you`,
    cancelled: ({ brandName, trackingCode }) => `${brandName}: repair ${trackingCode} is cancelled`,
  },
  greeting: ({ name }) => `Dear ${name},`,
  greetingWithoutName: 'Hello,',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `Repair ${trackingCode}: ${serviceName} of your ${modelName} (serial ${serial}).`,
  booked: {
    intro: 'Thank you: your repair is booked. Keep its tracking code to follow it.',
    slot: ({ when, centreName, address }) => `Please bring your piece to ${centreName}, ${address}, on ${when} (the boutique’s local time).`,
    mailIn: ({ centreName }) => `Please send your piece to ${centreName} as follows:`,
    next: 'What happens next: once your piece has arrived we confirm the date it will be ready. If our watchmakers find work beyond the service, we send you an estimate to approve or decline first; nothing is charged without your approval.',
  },
  received: ({ promisedDate }) => `Your piece has arrived at the service centre. We promise it back ready by ${promisedDate}.`,
  awaitingApproval: {
    intro: 'Our watchmakers have examined your piece. Here is the estimate:',
    covered: 'Covered by your warranty: no charge',
    total: ({ total }) => `Total to pay: ${total}`,
    validUntil: ({ date }) => `This estimate is valid until ${date}.`,
    decide: 'Approve or decline it in your repair tracker. No work begins until you decide.',
  },
  approved: 'Thank you for approving the estimate. Work on your piece begins now; we will let you know when it is ready.',
  declined: 'You declined the estimate. No work will be done; your piece will be returned to you as it came in.',
  ready: {
    collect: ({ centreName, address }) => `Your piece is ready. You can collect it at ${centreName}, ${address}.`,
    shipping: 'Your piece is ready and is being shipped back to you.',
    collectAtRetailer: ({ retailerName, city }) => `Your piece is ready and is on its way back to ${retailerName}, ${city}, where you left it: you can collect it there once they let you know it has arrived.`,
  },
  returned: {
    intro: 'Your piece is back with you.',
    warrantyExtended: ({ date }) => `After this service, your warranty is extended to ${date}.`,
    rate: 'How did we do? Please rate the service in your repair tracker: it takes a moment and helps us improve.',
  },
  cancelled: 'Your repair has been cancelled. If you did not ask for this, please contact the service centre.',
  trackerAction: 'Follow my repair',
  trackerNote: 'This link opens your repair tracker without your e-mail address; please do not share it.',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName}: please confirm your e-mail address`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}, ${city}, has taken a piece in for service by ${brandName} and gave this e-mail address for its updates.`,
    ask: 'Please confirm that this address is yours. Until you do, we send nothing more to it: no update, no estimate.',
    action: 'Confirm my address',
    note: 'The button confirms this address and opens the repair’s tracker. If you did not leave a piece for service, please ignore this e-mail: this address will receive nothing more about it.',
  },
  signOff: ({ brandName }) => `${brandName} after-sales service`,
};
