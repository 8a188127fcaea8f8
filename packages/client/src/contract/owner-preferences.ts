/**
 * The owner's preferences in their space (issue 16): per channel, one of `marketing` (news and
 * invitations, and the care of their pieces), `service_only` (the care of their pieces and their
 * repairs, never marketing) or `none`; the language the brand writes in; and a quiet period during
 * which the brand does not write at all. The warranty never depends on any of them.
 *
 * Every change is kept with its time, its source and the words the owner read when they made it,
 * and the owner reads that history here. A channel's choice is stored as the consent history the
 * rest of the registry reads (the latest entry per channel and purpose counts): `marketing` is
 * service and marketing granted, `service_only` service alone, `none` neither.
 *
 * The quiet period is one span of days, `from` to `until` (both included, at most
 * `quietPeriodMaxDays` long, ending today or later): "not now", where `none` is "never". A span
 * with an end rather than months recurring each year, so a quiet period never silences the brand
 * for good without the owner choosing it, and a reminder due inside it is sent the day after it
 * ends rather than dropped (the piece still needs its care).
 *
 *   const preferences = await owner.call(getMyPreferences, {}).json();
 *   await owner.call(updateMyPreferences, { body: { channels: [{ channel: 'email', choice: 'service_only' }], wording: 'E-mail: care of my pieces only.' } });
 */
import * as z from 'zod/mini';
import { fieldCheck } from './field-check.ts';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { IsoDate, IsoDateTime, Locale } from './primitives.ts';
import { multiLine } from './repairs.ts';
import { ConsentChannel, ConsentPurpose } from './segments.ts';

/** The longest quiet period, in days: a year, leap day included. */
export const quietPeriodMaxDays = 366;
/** The longest wording kept with a change: the form's statement and the option chosen. */
export const preferenceWordingMaxLength = 2000;

/** What the brand may write about on a channel: a ladder, each step including the ones below it. */
export const channelChoices = ['marketing', 'service_only', 'none'] as const;
export const ChannelChoice = z.enum(channelChoices);
export type ChannelChoice = z.infer<typeof ChannelChoice>;

/**
 * Where a change came from, as the owner reads it: their space, a registration's form (an
 * activation, a retailer's sale, a transfer, once confirmed), an e-mail's unsubscribe link, the
 * brand's staff in the console; `other` for anything else (a demo's seed, an import).
 */
export const preferenceSources = ['owner_space', 'registration', 'unsubscribe_link', 'console', 'other'] as const;
export const PreferenceSource = z.enum(preferenceSources);
export type PreferenceSource = z.infer<typeof PreferenceSource>;

export const QuietPeriod = z.object({ from: IsoDate, until: IsoDate });
export type QuietPeriod = z.infer<typeof QuietPeriod>;

export const ChannelPreference = z.object({
  channel: ConsentChannel,
  /** `marketing` when marketing is granted, else `service_only` when service is, else `none`. */
  choice: ChannelChoice,
  /** The two consents behind the choice (an unsubscribe link withdraws service alone). */
  service: z.boolean(),
  marketing: z.boolean(),
  /** When the latest of them was recorded; null when never asked. */
  since: z.nullable(IsoDateTime),
});
export type ChannelPreference = z.infer<typeof ChannelPreference>;

/**
 * One change, newest first in the history; the field named by `kind` says what changed. One
 * object rather than a union on `kind`, as a piece's timeline, so a newer kind still reads.
 */
export const PreferenceChange = z.object({
  kind: z.enum(['consent', 'language', 'quiet_period']),
  at: IsoDateTime,
  source: PreferenceSource,
  /** The words the owner read when they made the change; null where none were kept (older records, a link's one click). */
  wording: z.nullable(z.string()),
  consent: z.optional(z.object({ channel: ConsentChannel, purpose: ConsentPurpose, granted: z.boolean() })),
  language: z.optional(z.string()),
  /** The quiet period set, or null when it was lifted. */
  quietPeriod: z.optional(z.nullable(QuietPeriod)),
});
export type PreferenceChange = z.infer<typeof PreferenceChange>;

export const MyPreferences = z.object({
  /** One entry per channel the registry knows (e-mail today; post and phone will follow). */
  channels: z.array(ChannelPreference),
  language: z.string(),
  quietPeriod: z.nullable(QuietPeriod),
  history: z.array(PreferenceChange),
});
export type MyPreferences = z.infer<typeof MyPreferences>;

const dayMs = 86_400_000;

/** The days from `from` to `until`, both included. */
function spanDays(period: { from: string; until: string }): number {
  return Math.round((Date.parse(period.until) - Date.parse(period.from)) / dayMs) + 1;
}

const QuietPeriodInput = z.strictObject({ from: IsoDate, until: IsoDate }).check(
  fieldCheck((period: { from: string; until: string }) => {
    if (period.until < period.from) return { path: ['until'], code: 'invalid_value', message: 'The quiet period ends on or after the day it starts.' };
    if (spanDays(period) > quietPeriodMaxDays) return { path: ['until'], code: 'too_big', message: `A quiet period lasts at most ${quietPeriodMaxDays} days.` };
    return undefined;
  }),
);

export const UpdateMyPreferencesRequest = z
  .strictObject({
    channels: z.optional(z.array(z.strictObject({ channel: ConsentChannel, choice: ChannelChoice })).check(z.maxLength(8))),
    language: z.optional(Locale),
    /** A quiet period to set, or null to lift it. */
    quietPeriod: z.optional(z.nullable(QuietPeriodInput)),
    /** The words on the owner's screen when they confirmed: kept with each change this request makes. */
    wording: z.string().check(z.trim(), multiLine, z.minLength(1), z.maxLength(preferenceWordingMaxLength)),
  })
  .check(
    fieldCheck((request: { channels?: { channel: string }[] | undefined }) => {
      const channels = request.channels ?? [];
      const repeated = channels.findIndex((entry, index) => channels.findIndex((other) => other.channel === entry.channel) !== index);
      return repeated < 0 ? undefined : { path: ['channels', repeated, 'channel'], code: 'invalid_value', message: 'Each channel once.' };
    }),
  );
export type UpdateMyPreferencesRequest = z.input<typeof UpdateMyPreferencesRequest>;

export const getMyPreferences = operation({
  id: 'getMyPreferences',
  method: 'GET',
  path: '/v1/owner/preferences',
  access: ownerAccess,
  response: MyPreferences,
});

export const updateMyPreferences = operation({
  id: 'updateMyPreferences',
  method: 'PATCH',
  path: '/v1/owner/preferences',
  access: ownerAccess,
  request: UpdateMyPreferencesRequest,
  response: MyPreferences,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const ownerPreferencesDocs = {
  tag: 'owner-space',
  summaries: {
    getMyPreferences:
      "The signed-in owner's preferences: per channel marketing, service only or none, their language, their quiet period, and the history of every change with its time, source and the words they read.",
    updateMyPreferences:
      "Changes the signed-in owner's preferences (only what the body names); each actual change is kept in their history with the time, the source `owner_space` and `wording`, the words on their screen. A quiet period ends today or later, at most 366 days after it starts. Answers the preferences.",
  },
} as const satisfies OperationDocs;
