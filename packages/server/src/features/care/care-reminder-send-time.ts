/**
 * When the daily sweep sends a draft customer care leaves as it is: the one definition the sweep
 * acts on (care-sweep.ts, `sendUntouchedCareReminders`) and customer care's queue shows as the day
 * it "goes out on" (care-reminder-queue.ts, `autoSendAt`), so the queue states the date the sender
 * will actually use rather than a copy of part of its rules.
 *
 * A draft not held goes at the latest of:
 * - the brand's `care_reminder_send_after_days` after it was last touched (drafted, personalised,
 *   released): customer care has had its days to review it;
 * - the end of the owner's **blackout window** — `care_reminder_blackout_days` after they last
 *   heard from the brand (heard-from-brand.ts) — counting also the drafts of theirs that go out
 *   before it: two reminders drafted together for one owner are spaced by the window, as the sweep
 *   spaces them (the first sent starts the window for the second);
 * - the day after the owner's **quiet period** when it would fall in it: the sender defers rather
 *   than sends while it covers the day (owner-preferences, `quietPeriodCoversDay`);
 * - now: a time already passed means the next sweep.
 * The blackout and the quiet period postpone, they never drop (care-sweep.ts says why).
 */
import type { QuietPeriod } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { latestQuietPeriods, quietPeriodCoversDay } from '../owner-preferences/preferences.ts';
import { addDaysToDate } from '../shared/calendar.ts';
import { lastHeardFromBrand } from './heard-from-brand.ts';

const millisecondsPerDay = 86_400_000;

export interface SendTimeBrand {
  care_reminder_send_after_days: number;
  care_reminder_blackout_days: number;
}

export interface SendTimeDraft {
  id: string;
  owner_id: string;
  due_on: string;
  untouched_since: string;
  held_at: string | null;
}

/**
 * The earliest moment the sweep may send `draft` on its own, given when its owner last heard from
 * the brand and their quiet period; null for a held draft (customer care decides).
 */
export function earliestSendAt(draft: Pick<SendTimeDraft, 'untouched_since' | 'held_at'>, brand: SendTimeBrand, ownerLastHeardFromBrandAt: string | undefined, quietPeriod: QuietPeriod | null): Date | null {
  if (draft.held_at !== null) return null;
  const afterWait = Date.parse(draft.untouched_since) + brand.care_reminder_send_after_days * millisecondsPerDay;
  const afterBlackout = ownerLastHeardFromBrandAt === undefined || brand.care_reminder_blackout_days === 0 ? 0 : Date.parse(ownerLastHeardFromBrandAt) + brand.care_reminder_blackout_days * millisecondsPerDay;
  const at = Math.max(afterWait, afterBlackout);
  if (quietPeriod && quietPeriodCoversDay(quietPeriod, new Date(at).toISOString().slice(0, 10))) {
    return new Date(`${addDaysToDate(quietPeriod.until, 1)}T00:00:00.000Z`);
  }
  return new Date(at);
}

/** Owners per read: bounds the `IN` lists. */
const ownersPerRead = 500;

/**
 * For every draft of the brand's owners `ownerIds`, when the sweep sends it if it is left as it is
 * (null: held). Each owner's drafts are placed in turn, earliest first (ties in the sweep's own
 * order, due date then id), each one sent then counting as the owner's last word from the brand
 * for the next: what the sweep will do, day after day, if nothing changes meanwhile.
 */
export async function autoSendTimes(db: Db, brandId: string, ownerIds: readonly string[], now: Date): Promise<Map<string, Date | null>> {
  const times = new Map<string, Date | null>();
  const owners = [...new Set(ownerIds)];
  if (owners.length === 0) return times;
  const brand = await db.selectFrom('brands').select(['care_reminder_send_after_days', 'care_reminder_blackout_days']).where('id', '=', brandId).executeTakeFirstOrThrow();
  for (let start = 0; start < owners.length; start += ownersPerRead) {
    const batch = owners.slice(start, start + ownersPerRead);
    const drafts = await db
      .selectFrom('care_reminders')
      .select(['id', 'owner_id', 'due_on', 'untouched_since', 'held_at'])
      .where('brand_id', '=', brandId)
      .where('status', '=', 'draft')
      .where('owner_id', 'in', batch)
      .orderBy('due_on')
      .orderBy('id')
      .execute();
    if (drafts.length === 0) continue;
    const lastHeard = brand.care_reminder_blackout_days === 0 ? new Map<string, string>() : await lastHeardFromBrand(db, batch);
    const quietPeriods = await latestQuietPeriods(db, batch);
    const byOwner = new Map<string, typeof drafts>();
    for (const draft of drafts) byOwner.set(draft.owner_id, [...(byOwner.get(draft.owner_id) ?? []), draft]);
    for (const [ownerId, theirs] of byOwner) {
      let heard = lastHeard.get(ownerId);
      const quiet = quietPeriods.get(ownerId) ?? null;
      const waiting = theirs.filter((draft) => draft.held_at === null);
      for (const draft of theirs) if (draft.held_at !== null) times.set(draft.id, null);
      while (waiting.length > 0) {
        let next = 0;
        let nextAt = Number.POSITIVE_INFINITY;
        for (const [index, draft] of waiting.entries()) {
          const at = Math.max(earliestSendAt(draft, brand, heard, quiet)!.getTime(), now.getTime());
          if (at < nextAt) [next, nextAt] = [index, at];
        }
        const [placed] = waiting.splice(next, 1);
        times.set(placed!.id, new Date(nextAt));
        heard = new Date(nextAt).toISOString();
      }
    }
  }
  return times;
}
