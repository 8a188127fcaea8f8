/**
 * Whether the brand may e-mail an owner marketing — an invitation — today: the one place that
 * decides it, following the owner's preferences (features/owner-preferences): per channel
 * `marketing`, `service_only` or `none`, stored as the consent history (the latest row per channel
 * and purpose counts; never asked is no), and a quiet period during which the brand writes nothing.
 * "Service only" and "none" both leave marketing withdrawn.
 */
import type { Db } from '../../db/database.ts';
import { quietPeriodCovering } from '../owner-preferences/preferences.ts';
import type { IsoDate } from '../shared/calendar.ts';

export type MarketingEmailPermission = { allowed: true } | { allowed: false; reason: MarketingEmailRefusal };
/** Why an owner was not e-mailed: stored with their invitation (`invitation_guests.not_emailed_reason`). */
export type MarketingEmailRefusal = 'no_marketing_consent' | 'quiet_period';

export async function marketingEmailPermission(db: Db, ownerId: string, today: IsoDate): Promise<MarketingEmailPermission> {
  const latest = await db
    .selectFrom('consents')
    .select('granted')
    .where('owner_id', '=', ownerId)
    .where('channel', '=', 'email')
    .where('purpose', '=', 'marketing')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (latest?.granted !== 1) return { allowed: false, reason: 'no_marketing_consent' };
  // An invitation is for its day: one the quiet period silences is not sent later, it waits in their space.
  if (await quietPeriodCovering(db, ownerId, today)) return { allowed: false, reason: 'quiet_period' };
  return { allowed: true };
}
