/**
 * Invitations from the brand (issue 16, "From the brand"): an event — a place, a day and time in
 * the place's time zone, a number of seats — that the brand's staff write in the console and send
 * to an audience of its clients (brand-audience.ts: a built-in segment, a filter by country,
 * collection…). The owner answers yes or no in their space.
 *
 *   const draft = await client.call(createInvitation, {
 *     texts: { en: { title: 'An evening at the manufacture', description: 'Meet our watchmakers.' }, fr: { title: 'Une soirée à la manufacture', description: 'Rencontrez nos horlogers.' } },
 *     place: { name: 'Manufacture Aubert', address: '12 rue des Horlogers', city: 'Genève', country: 'CH' },
 *     startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Zurich' },
 *     capacity: 40,
 *     audience: { filter: { kind: 'collection', in: ['Corniche'] } },
 *   });
 *   await client.call(sendInvitation, { params: { invitationId: draft.id } });
 *
 * **Sending**: every client in the audience that day is invited, once — sending again invites
 * only those who joined the audience since, never anyone twice, whatever instances send at once.
 * Each one invited is e-mailed once, in their language, if their current preferences allow
 * marketing e-mail (otherwise they find it in their space only); the e-mail carries a one-click
 * unsubscribe from marketing e-mail (RFC 8058). A draft may be edited; a sent invitation may not.
 *
 * **Answers** (from-the-brand.ts, the owner's operations): an owner invited answers yes or no until the event starts, and may change their
 * answer; each yes takes a seat. A yes when no seat is left is refused (409 `invitation_full`),
 * and the seats taken never exceed the capacity, whatever answers arrive at once.
 */
import * as z from 'zod/mini';
import { Audience, AudienceView, textsPerLocale, textsView } from './brand-audience.ts';
import { fieldCheck } from './field-check.ts';
import { operation, type OperationDocs } from './operation.ts';
import { EventPlaceView, EventStartView, InvitationParams } from './from-the-brand.ts';
import { CountryCode, Id, IsoDate, IsoDateTime, Locale } from './primitives.ts';
import { multiLine } from './repairs.ts';
import { singleLine } from './text-characters.ts';

/** Characters of an invitation's or a news item's title. */
export const brandMessageTitleMaxLength = 120;
/** Characters of an invitation's description. */
export const invitationDescriptionMaxLength = 2000;
/** Characters of a place's name and of its city. */
export const invitationPlaceNameMaxLength = 120;
/** Characters of a place's address (it may hold line breaks). */
export const invitationAddressMaxLength = 300;
/** Most seats an event may offer. */
export const invitationCapacityMax = 100_000;
/** Invitations the console's list shows: the newest. */
export const invitationListMax = 200;
/** Longest IANA time zone name accepted (`America/Argentina/ComodRivadavia` is 32). */
const timeZoneMaxLength = 64;

export const invitationStatuses = ['draft', 'sent'] as const;
export const InvitationStatus = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/** Whether `zone` is a time zone this runtime knows (IANA names: `Europe/Paris`, `Asia/Tokyo`, `UTC`). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, as the place's clocks show the time. */
export const TimeZone = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(timeZoneMaxLength),
  z.refine(isTimeZone, { message: 'An IANA time zone, such as Europe/Paris.', params: { code: 'invalid_value' } }),
);

/** When the event starts: a day and a time (24-hour `HH:MM`) as the place's clocks show them, and its time zone. */
export const EventStart = z.strictObject({
  date: IsoDate,
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM (24-hour).')),
  timeZone: TimeZone,
});
export type EventStart = z.input<typeof EventStart>;

export const InvitationText = z.strictObject({
  title: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(brandMessageTitleMaxLength)),
  /** What the event is; several lines. */
  description: z.string().check(z.trim(), multiLine, z.maxLength(invitationDescriptionMaxLength)),
});
export type InvitationText = z.input<typeof InvitationText>;

export const EventPlace = z.strictObject({
  /** The venue: "Manufacture Aubert", "Boutique Place Vendôme". */
  name: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(invitationPlaceNameMaxLength)),
  address: z.optional(z.string().check(z.trim(), multiLine, z.maxLength(invitationAddressMaxLength))),
  city: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(invitationPlaceNameMaxLength)),
  country: CountryCode,
});
export type EventPlace = z.input<typeof EventPlace>;

/**
 * A new invitation, or a draft's new content (a PUT replaces it whole). `texts` holds at least the
 * brand's default language (422 at `texts.<locale>` otherwise); the event starts after now.
 */
export const InvitationInput = z
  .strictObject({
    texts: textsPerLocale(InvitationText),
    place: EventPlace,
    startsAt: EventStart,
    /** Seats: each yes takes one. */
    capacity: z.number().check(z.int(), z.gte(1), z.lte(invitationCapacityMax)),
    audience: Audience,
  })
  .check(
    fieldCheck((input: { texts: Record<string, unknown> }) =>
      Object.values(input.texts).some((text) => text !== undefined) ? undefined : { path: ['texts'], code: 'required', message: "Write the invitation in the brand's default language at least." },
    ),
  );
export type InvitationInput = z.input<typeof InvitationInput>;

/** Who was invited and what they answered, in figures. */
export const InvitationFigures = z.object({
  /** Owners invited (recorded once each). */
  invited: z.number(),
  /** Of them, e-mailed (their preferences allowed marketing e-mail when it was sent). */
  emailed: z.number(),
  /** Of them, not e-mailed: their preferences did not allow it; they find it in their space. */
  notEmailed: z.number(),
  yes: z.number(),
  no: z.number(),
  seatsLeft: z.number(),
});
export type InvitationFigures = z.infer<typeof InvitationFigures>;

/** An invitation as the brand's staff see it. */
export const EventInvitation = z.object({
  id: Id,
  status: InvitationStatus,
  /** The language the texts were required in: the brand's default when it was written. */
  defaultLanguage: Locale,
  texts: textsView(z.object({ title: z.string(), description: z.string() })),
  place: EventPlaceView,
  startsAt: EventStartView,
  capacity: z.number(),
  audience: AudienceView,
  /**
   * Clients in the audience today: those a send would invite, the ones invited already included.
   * The list gives it for drafts only (null for a sent invitation: `getInvitation` counts it).
   */
  audienceCount: z.nullable(z.number()),
  figures: InvitationFigures,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The first send; null while a draft. */
  sentAt: z.nullable(IsoDateTime),
});
export type EventInvitation = z.infer<typeof EventInvitation>;

export const EventInvitationList = z.object({
  /** Newest first, at most `invitationListMax`. */
  invitations: z.array(EventInvitation),
});
export type EventInvitationList = z.infer<typeof EventInvitationList>;

/** What one send did, and the invitation after it. */
export const InvitationSent = z.object({
  invitation: EventInvitation,
  /** Owners this send invited: the whole audience the first time, newcomers to it afterwards. */
  invitedNow: z.number(),
  /** Of them, e-mailed. */
  emailedNow: z.number(),
});
export type InvitationSent = z.infer<typeof InvitationSent>;


/** The brand's admins and customer care (the concierge, who speaks for the brand to its clients), and its servers. */
const invitationStaff = { keys: ['secret'], brandStaff: ['admin', 'concierge'] } as const;

export const listInvitations = operation({
  id: 'listInvitations',
  method: 'GET',
  path: '/v1/invitations',
  access: invitationStaff,
  response: EventInvitationList,
});

export const createInvitation = operation({
  id: 'createInvitation',
  method: 'POST',
  path: '/v1/invitations',
  access: invitationStaff,
  request: InvitationInput,
  response: EventInvitation,
  successStatus: 201,
});

export const getInvitation = operation({
  id: 'getInvitation',
  method: 'GET',
  path: '/v1/invitations/{invitationId}',
  access: invitationStaff,
  params: InvitationParams,
  response: EventInvitation,
  errors: ['unknown_invitation'],
});

export const updateInvitation = operation({
  id: 'updateInvitation',
  method: 'PUT',
  path: '/v1/invitations/{invitationId}',
  access: invitationStaff,
  params: InvitationParams,
  request: InvitationInput,
  response: EventInvitation,
  errors: ['unknown_invitation', 'invitation_already_sent'],
});

export const sendInvitation = operation({
  id: 'sendInvitation',
  method: 'POST',
  path: '/v1/invitations/{invitationId}/send',
  access: invitationStaff,
  params: InvitationParams,
  response: InvitationSent,
  errors: ['unknown_invitation', 'invitation_closed'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const invitationsDocs = {
  tag: 'invitations',
  summaries: {
    listInvitations: `The brand's invitations, newest first (at most ${invitationListMax}), each with its audience today and its figures: invited, e-mailed, yes, no, seats left.`,
    createInvitation:
      "Writes an invitation as a draft: texts (at least in the brand's default language), the place, the day and time in the place's time zone, the seats, and the audience (a built-in segment, a filter of the segment language, both or neither). Nobody is invited until it is sent.",
    getInvitation: 'One invitation with its audience today and its figures. Another brand\'s, or none, is 404 `unknown_invitation`.',
    updateInvitation: 'Replaces a draft\'s content. A sent invitation is not edited: 409 `invitation_already_sent`.',
    sendInvitation:
      "Invites every client in the audience not invited yet (each once, whatever instances send at once) and e-mails each of them once in their language when their preferences allow marketing e-mail, with a one-click unsubscribe (RFC 8058); the others find it in their space. Sending again invites only newcomers to the audience. An event that has started is 409 `invitation_closed`.",
  },
} as const satisfies OperationDocs;
