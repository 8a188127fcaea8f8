/**
 * The concierge's queue for customer care (issue 16): the care reminders the daily sweep drafted,
 * to review, personalise, hold, send now or drop, and the reminders sent and dropped.
 *
 *   const { reminders } = await client.call(listCareReminders, { query: { status: 'draft', careKind: 'service' } });
 *   await client.call(personaliseCareReminder, { params: { reminderId } }, { personalNote: 'Nous serions ravis de vous revoir à la boutique de Genève.' });
 *   await client.call(sendCareReminderNow, { params: { reminderId } });
 *
 * **What customer care may edit**: the subject line (`subject`, or the generated one when null)
 * and a personal note (`personalNote`), a paragraph in the owner's language placed after what
 * is due and the warranty condition. The rest is written by the server and cannot be changed: the greeting,
 * which piece is due for which care and when, the warranty condition, the booking link, why the
 * owner receives it, and the one-click unsubscribe. The note is the owner's to read: write it in
 * their language (`owner.language`).
 *
 * **When a draft goes out**: when customer care sends it (`sendCareReminderNow`), or by the daily
 * sweep once it has been left untouched for the brand's `careReminderSendAfterDays` — counted
 * from its drafting, its last personalisation or its release, whichever is latest — unless it is
 * held (`holdCareReminder`, until `releaseCareReminder`), or the owner heard from the brand within
 * the brand's `careReminderBlackoutDays`, or their quiet period covers the day (the sweep waits
 * until both have passed: `autoSendAt` says when, as the sweep computes it). Either way it goes **once**; and it is dropped instead, with its reason, when it
 * may no longer go (the piece stolen or another's, the care done, the owner booked, no consent).
 */
import * as z from 'zod/mini';
import { CareKind } from './care-due.ts';
import { fieldCheck } from './field-check.ts';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDate, IsoDateTime } from './primitives.ts';
import { multiLine } from './repairs.ts';
import { singleLine } from './text-characters.ts';

/** Characters of a personalised subject line. */
export const careReminderSubjectMaxLength = 150;
/** Characters of a personal note: a paragraph or two. */
export const careReminderNoteMaxLength = 1000;
/** Characters of the reason customer care gives for dropping a draft. */
export const careReminderDropNoteMaxLength = 500;
/** Reminders per page of the queue. */
export const careRemindersPageSize = 50;
/** A booking counts for a reminder when made within this many days after it was sent (the figures). */
export const careReminderBookingWindowDays = 60;
/** Longest period the figures cover at once: about five years, in days. */
export const careReminderFiguresMaxDays = 1830;
const careRemindersCursorMaxLength = 200;

export const careReminderStatuses = ['draft', 'sent', 'dropped'] as const;
export const CareReminderStatus = z.enum(careReminderStatuses);
export type CareReminderStatus = z.infer<typeof CareReminderStatus>;

/**
 * Why a draft was not sent: the piece is no longer held (stolen, lost), belongs to someone else
 * since the draft, the owner wants no service e-mails, its care was done meanwhile, the owner
 * booked a service for it, or customer care dropped it (`dropNote` says why).
 */
export const careReminderDropReasons = ['piece_not_held', 'piece_transferred', 'no_service_consent', 'care_done', 'owner_booked', 'by_customer_care'] as const;
export const CareReminderDropReason = z.enum(careReminderDropReasons);
export type CareReminderDropReason = z.infer<typeof CareReminderDropReason>;

export const CareReminderParams = z.strictObject({ reminderId: Id });
export type CareReminderParams = z.input<typeof CareReminderParams>;

const DueDateRange = {
  /** Reminders for care due on this day or later. */
  dueFrom: z.optional(IsoDate),
  /** Reminders for care due on this day or earlier. */
  dueTo: z.optional(IsoDate),
};

function dueRangeInOrder(range: { dueFrom?: string | undefined; dueTo?: string | undefined }) {
  return range.dueFrom !== undefined && range.dueTo !== undefined && range.dueTo < range.dueFrom
    ? { path: ['dueTo'], code: 'invalid_value', message: 'dueTo is before dueFrom.' }
    : undefined;
}

export const CareRemindersQuery = z
  .strictObject({
    /** `draft` (the queue), `sent` or `dropped`; all of them when absent. */
    status: z.optional(CareReminderStatus),
    careKind: z.optional(CareKind),
    ...DueDateRange,
    /** `nextCursor` of the previous page. */
    cursor: z.optional(z.string().check(singleLine, z.minLength(1), z.maxLength(careRemindersCursorMaxLength))),
  })
  .check(fieldCheck(dueRangeInOrder));
export type CareRemindersQuery = z.input<typeof CareRemindersQuery>;

/** A subject line, or null for the one the server writes. */
const PersonalSubject = z.nullable(z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(careReminderSubjectMaxLength)));
/** A paragraph in the owner's language, or null for none. */
const PersonalNote = z.nullable(z.string().check(z.trim(), multiLine, z.minLength(1), z.maxLength(careReminderNoteMaxLength)));

/** What customer care changes; what it leaves out stays as it is, null takes it back. */
export const CareReminderPersonalisation = z.strictObject({
  subject: z.optional(PersonalSubject),
  personalNote: z.optional(PersonalNote),
});
export type CareReminderPersonalisation = z.input<typeof CareReminderPersonalisation>;

export const CareReminderDrop = z.strictObject({
  /** Why customer care drops it, for whoever reads the queue later. */
  reason: z.string().check(z.trim(), multiLine, z.minLength(1), z.maxLength(careReminderDropNoteMaxLength)),
});
export type CareReminderDrop = z.input<typeof CareReminderDrop>;

export const CareReminder = z.object({
  id: Id,
  status: CareReminderStatus,
  careKind: CareKind,
  dueOn: IsoDate,
  piece: z.object({ serial: z.string(), modelName: z.string(), modelReference: z.string() }),
  /** The piece's owner when the reminder was drafted: the client's id, name and language (what a note is written in). */
  owner: z.object({ clientId: z.string(), name: z.string(), language: z.string() }),
  /** The care rule's warranty condition for this care, while the warranty covers the piece. */
  warrantyCondition: z.nullable(z.object({ text: z.string(), lapsesAfter: IsoDate })),
  personalisation: z.object({
    subject: z.nullable(z.string()),
    personalNote: z.nullable(z.string()),
    personalisedAt: z.nullable(IsoDateTime),
  }),
  /** When customer care held it; null when not held. A held draft waits for customer care. */
  heldAt: z.nullable(IsoDateTime),
  /** A draft's e-mail as it would go now, in the owner's language (the unsubscribe link is made when it is sent); null once sent or dropped. */
  email: z.nullable(z.object({ subject: z.string(), text: z.string() })),
  /** A draft that would be dropped if sent now, and why (the owner withdrew consent, the piece was sold on…); null when it may go. One the owner booked for is dropped as the queue is read. */
  wouldBeDroppedFor: z.nullable(CareReminderDropReason),
  draftedAt: IsoDateTime,
  /**
   * When the daily sweep will send a draft left as it is — the time the sweep itself acts on: the
   * brand's days after it was last touched, the owner's blackout window (their last word from the
   * brand, and their drafts going out before this one), the day after their quiet period if it
   * would fall in it; now when that has passed (the next sweep). Null when held, or no longer a draft.
   */
  autoSendAt: z.nullable(IsoDateTime),
  /** The last time the owner heard from the brand (a reminder sent, …): within the blackout window it postpones `autoSendAt`. */
  ownerLastHeardFromBrandAt: z.nullable(IsoDateTime),
  sentAt: z.nullable(IsoDateTime),
  droppedAt: z.nullable(IsoDateTime),
  dropReason: z.nullable(CareReminderDropReason),
  /** Customer care's words when it dropped the draft by hand. */
  dropNote: z.nullable(z.string()),
});
export type CareReminder = z.infer<typeof CareReminder>;

export const CareRemindersPage = z.object({
  /** Earliest due first. */
  reminders: z.array(CareReminder),
  nextCursor: z.nullable(z.string()),
});
export type CareRemindersPage = z.infer<typeof CareRemindersPage>;

export const CareReminderFiguresQuery = z
  .strictObject({
    /** Reminders sent on this day (UTC) or later. */
    from: IsoDate,
    /** Reminders sent on this day (UTC) or earlier. */
    to: IsoDate,
  })
  .check(
    fieldCheck((period: { from: string; to: string }) => {
      if (period.to < period.from) return { path: ['to'], code: 'invalid_value', message: 'to is before from.' };
      const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
      return days > careReminderFiguresMaxDays ? { path: ['to'], code: 'too_large', message: `A period of at most ${careReminderFiguresMaxDays} days.` } : undefined;
    }),
  );
export type CareReminderFiguresQuery = z.input<typeof CareReminderFiguresQuery>;

const CareReminderFigure = z.object({
  /** Reminders sent in the period. */
  sent: z.number(),
  /** Of those, the reminders followed by a repair of their piece booked within `bookingWindowDays` after. */
  followedByBooking: z.number(),
  /** `followedByBooking / sent`, from 0 to 1; null when none was sent. */
  bookingRate: z.nullable(z.number()),
});

export const CareReminderFigures = z.object({
  from: IsoDate,
  to: IsoDate,
  bookingWindowDays: z.number(),
  /** Reminders sent too recently for their window to have ended: their bookings may still come. */
  stillInWindow: z.number(),
  /** One row per kind of care, in the order of `careKinds`, every kind listed. */
  kinds: z.array(z.extend(CareReminderFigure, { careKind: CareKind })),
  total: CareReminderFigure,
});
export type CareReminderFigures = z.infer<typeof CareReminderFigures>;

/** The brand's admins and customer care (the concierge), and its servers. Never a retailer. */
const careReminderAccess = { keys: ['secret'], brandStaff: ['admin', 'concierge'] } as const;
const reminderErrors = ['unknown_care_reminder', 'care_reminder_not_draft'] as const;

export const listCareReminders = operation({
  id: 'listCareReminders',
  method: 'GET',
  path: '/v1/care-reminders',
  access: careReminderAccess,
  query: CareRemindersQuery,
  response: CareRemindersPage,
});

export const getCareReminder = operation({
  id: 'getCareReminder',
  method: 'GET',
  path: '/v1/care-reminders/{reminderId}',
  access: careReminderAccess,
  params: CareReminderParams,
  response: CareReminder,
  errors: ['unknown_care_reminder'],
});

export const personaliseCareReminder = operation({
  id: 'personaliseCareReminder',
  method: 'PATCH',
  path: '/v1/care-reminders/{reminderId}',
  access: careReminderAccess,
  params: CareReminderParams,
  request: CareReminderPersonalisation,
  response: CareReminder,
  errors: reminderErrors,
});

export const holdCareReminder = operation({
  id: 'holdCareReminder',
  method: 'POST',
  path: '/v1/care-reminders/{reminderId}/hold',
  access: careReminderAccess,
  params: CareReminderParams,
  response: CareReminder,
  errors: reminderErrors,
});

export const releaseCareReminder = operation({
  id: 'releaseCareReminder',
  method: 'POST',
  path: '/v1/care-reminders/{reminderId}/release',
  access: careReminderAccess,
  params: CareReminderParams,
  response: CareReminder,
  errors: reminderErrors,
});

export const sendCareReminderNow = operation({
  id: 'sendCareReminderNow',
  method: 'POST',
  path: '/v1/care-reminders/{reminderId}/send',
  access: careReminderAccess,
  params: CareReminderParams,
  response: CareReminder,
  errors: reminderErrors,
});

export const dropCareReminder = operation({
  id: 'dropCareReminder',
  method: 'POST',
  path: '/v1/care-reminders/{reminderId}/drop',
  access: careReminderAccess,
  params: CareReminderParams,
  request: CareReminderDrop,
  response: CareReminder,
  errors: reminderErrors,
});

export const getCareReminderFigures = operation({
  id: 'getCareReminderFigures',
  method: 'GET',
  path: '/v1/care-reminder-figures',
  access: careReminderAccess,
  query: CareReminderFiguresQuery,
  response: CareReminderFigures,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const careRemindersDocs = {
  tag: 'care',
  summaries: {
    listCareReminders:
      "The concierge's reminders, earliest due first, a page at a time, filtered by status (`draft` is the queue), kind of care and due dates: the piece, its owner's name and language, the warranty condition, customer care's personalisation, whether held, a draft's e-mail as it would go, and when the sweep will send it (`autoSendAt`: the sweep's own time, after the blackout window and the owner's quiet period). A draft whose owner has booked the piece in since (held or not) is dropped (`owner_booked`) as the queue is read, so it is never listed as one to review. Brand admins, customer care and the secret key. Audited (owners' names).",
    getCareReminder: 'One reminder, as listed. Unknown, or another brand\'s: 404 `unknown_care_reminder`. Audited.',
    personaliseCareReminder:
      "Sets a draft's subject line and personal note (in the owner's language); null takes one back, what is left out stays. The greeting, what is due, the warranty condition, the booking link, why the owner receives it and the unsubscribe link stay the server's. Restarts the wait before the sweep sends it. Not a draft: 409 `care_reminder_not_draft`.",
    holdCareReminder: 'Holds a draft: the sweep does not send it until it is released (customer care still may). Holding a held draft changes nothing. Not a draft: 409 `care_reminder_not_draft`.',
    releaseCareReminder: "Releases a held draft: the sweep sends it the brand's `careReminderSendAfterDays` after the release unless customer care does first. Not a draft: 409 `care_reminder_not_draft`.",
    sendCareReminderNow:
      "Sends a draft now, exactly once, held or not, whatever the blackout window (customer care decides, seeing `ownerLastHeardFromBrandAt`) — or drops it with its reason when it may no longer go, or leaves it a draft while the owner's quiet period covers today, to go when it ends (the answer says which: `status`, `dropReason`). Not a draft (already sent or dropped): 409 `care_reminder_not_draft`.",
    dropCareReminder: "Drops a draft by hand with customer care's reason (`dropReason: by_customer_care`, the words in `dropNote`): it is never sent. Not a draft: 409 `care_reminder_not_draft`.",
    getCareReminderFigures:
      'Reminders sent in a period (days, UTC), per kind of care, and how many were followed by a repair of their piece booked within 60 days after (`bookingWindowDays`), with the rate; `stillInWindow` counts those whose 60 days have not ended yet.',
  },
} as const satisfies OperationDocs;
