/**
 * The owner's private calendar feed (issue 16, Documents): an iCalendar subscription (RFC 5545)
 * with, for every piece they hold, the day its warranty ends and the day each kind of care falls
 * due — all-day events, each with a reminder shown by the calendar (`DISPLAY` alarms only: never
 * an e-mail or a sound set off by the brand's data).
 *
 * A calendar application cannot sign in, so the feed's address is the credential: a long random
 * token, shown to the owner once, when they create the feed (the server keeps only its hash).
 * Creating a feed again gives a new address and stops the old one at once; stopping it leaves
 * none. The address is the feed's only secret: share it and whoever has it reads the dates.
 *
 *   const { url } = await owner.calendarFeed.create();   // https://api…/v1/calendar-feeds/<token>.ics
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { IsoDateTime } from './primitives.ts';

/** Where feeds are served: `<prefix><token>.ics`, no credential but the token. */
export const calendarFeedPathPrefix = '/v1/calendar-feeds/';

/** The owner's live feed: when it was made (its address was shown then, and is not kept). */
export const CalendarFeedStatus = z.object({
  feed: z.nullable(z.object({ createdAt: IsoDateTime })),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/** A new feed, its address shown this once. */
export const CreatedCalendarFeed = z.object({
  /** The address to subscribe to (`webcal:` is the same with its scheme changed). Keep it private. */
  url: z.string(),
  createdAt: IsoDateTime,
  /** Whether an earlier address of the owner stopped working with this one. */
  replacedEarlierFeed: z.boolean(),
});
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeed>;

export const CreateCalendarFeedRequest = z.strictObject({});
export type CreateCalendarFeedRequest = z.infer<typeof CreateCalendarFeedRequest>;

export const CalendarFeedStopped = z.object({ stopped: z.boolean() });
export type CalendarFeedStopped = z.infer<typeof CalendarFeedStopped>;

export const getMyCalendarFeed = operation({
  id: 'getMyCalendarFeed',
  method: 'GET',
  path: '/v1/owner/calendar-feed',
  access: ownerAccess,
  response: CalendarFeedStatus,
});

/**
 * PUT, not POST: its answer holds the feed's secret, and a POST's answer is kept for replays
 * (`Idempotency-Key`), where the token would lie in clear. Sent again, it simply makes another
 * feed and stops the one before, so the answer a client finally reads is always the live address.
 */
export const createMyCalendarFeed = operation({
  id: 'createMyCalendarFeed',
  method: 'PUT',
  path: '/v1/owner/calendar-feed',
  access: ownerAccess,
  request: CreateCalendarFeedRequest,
  response: CreatedCalendarFeed,
});

export const stopMyCalendarFeed = operation({
  id: 'stopMyCalendarFeed',
  method: 'DELETE',
  path: '/v1/owner/calendar-feed',
  access: ownerAccess,
  response: CalendarFeedStopped,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const ownerCalendarFeedDocs = {
  tag: 'owner-documents',
  summaries: {
    getMyCalendarFeed: "Whether the signed-in owner has a live calendar feed, and since when (its address was shown once, when it was made; the server keeps only the token's hash).",
    createMyCalendarFeed:
      "Makes the signed-in owner a private calendar feed and shows its address once (`/v1/calendar-feeds/<token>.ics`, a 256-bit random token: the address is the credential). An earlier feed of theirs stops at once. The feed (iCalendar, RFC 5545) has, per piece they hold, the warranty's end and each kind of care's due date as all-day events with DISPLAY alarms only.",
    stopMyCalendarFeed: "Stops the signed-in owner's calendar feed: its address answers 404 from now on. `stopped` is false when there was none.",
  },
} as const satisfies OperationDocs;
