/**
 * A client's tier: the one definition, used by the retailer's lookup (features/recognition) and,
 * later, by the brand's customer insight, so a client is never "VIP" on one screen and "regular"
 * on another.
 *
 * Fine watches and jewellery are bought every few years, not every month, so the usual retail
 * thresholds (a purchase in the last 90 days…) would call nearly every client lapsed. Here:
 * - **recency** is the last purchase **or service**: a client who brings a piece in for its
 *   service every few years is an active client even without buying again;
 * - **frequency** counts purchases and services together, over the client's whole history;
 * - the windows are in months and sized on the brand's rhythm: a watch's care falls due about
 *   every three to five years, so a client silent for three years is only at risk, and one silent
 *   for five, past the usual care interval, has lapsed.
 *
 * The tiers, first match wins:
 * 1. `lapsed`: no purchase or service for `lapsedAfterMonths` (60) months or more;
 * 2. `at_risk`: none for `atRiskAfterMonths` (36) months or more;
 * 3. `vip`: `vipMinPurchasesAndServices` (4) purchases and services or more — for instance two
 *    pieces, each serviced once: a decade-long relationship at this rhythm;
 * 4. `new`: the first purchase less than `newClientMonths` (24) months ago;
 * 5. `regular`: everyone else.
 */
import type { ClientTier } from '@atelier/client/contract';
import { addMonthsToDate, isBefore, type IsoDate } from '../shared/calendar.ts';

/** No purchase or service for this many months or more: the client has lapsed (past the usual care interval). */
export const lapsedAfterMonths = 60;
/** No purchase or service for this many months or more: the client is at risk (about when a first service falls due). */
export const atRiskAfterMonths = 36;
/** Purchases and services together, over the client's history, that make a VIP. */
export const vipMinPurchasesAndServices = 4;
/** A client whose first purchase is less than this many months old is new (the length of a base warranty). */
export const newClientMonths = 24;

/** What the tier is computed from: one client's history with the brand. */
export interface ClientHistory {
  /** The day of the client's first purchase (as buyer or owner). */
  firstPurchaseOn: IsoDate;
  /** The day of their last purchase or the last service of a piece they owned. */
  lastPurchaseOrServiceOn: IsoDate;
  /** Pieces bought (a gift counts for the giver), and received (a gift or a transfer). */
  purchases: number;
  /** Services of the pieces they owned, while they owned them. */
  services: number;
}

/** The client's tier on `today`. */
export function clientTier(history: ClientHistory, today: IsoDate): ClientTier {
  const silentSince = history.lastPurchaseOrServiceOn;
  if (!isBefore(today, addMonthsToDate(silentSince, lapsedAfterMonths))) return 'lapsed';
  if (!isBefore(today, addMonthsToDate(silentSince, atRiskAfterMonths))) return 'at_risk';
  if (history.purchases + history.services >= vipMinPurchasesAndServices) return 'vip';
  if (isBefore(today, addMonthsToDate(history.firstPurchaseOn, newClientMonths))) return 'new';
  return 'regular';
}
