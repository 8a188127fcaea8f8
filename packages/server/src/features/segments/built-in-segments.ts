/**
 * The built-in segments: the client tiers (features/clients/tier.ts, the recognition card's) written
 * in the filter language, from the tier's own thresholds, so a client is in the `vip` segment
 * exactly when a retailer's lookup calls them VIP. The tier's first-match order becomes explicit
 * conditions: a client is in exactly one of the five.
 *
 * Recency counts the last purchase **or service** and frequency counts purchases and services
 * together, because pieces are bought every few years and serviced in between (tier.ts says why
 * each threshold suits that rhythm). The RFM groups follow (rfm-segments.ts), with the client's
 * value including after-sales spend.
 */
import type { BuiltInSegment, BuiltInSegmentName, SegmentClause } from '@atelier/client/contract';
import { atRiskAfterMonths, lapsedAfterMonths, newClientMonths, vipMinPurchasesAndServices } from '../clients/tier.ts';
import { rfmSegmentsWith, rfmValueFromEur, type RfmValueFrom } from './rfm-segments.ts';

const silentMonths = (op: '<' | '>=', value: number): SegmentClause => ({ kind: 'monthsSinceLastPurchaseOrService', op, value });
const frequency = (op: '<' | '>=', value: number): SegmentClause => ({ kind: 'purchasesAndServices', op, value });
const active = silentMonths('<', atRiskAfterMonths);

/** The built-in segments with the RFM groups' monetary thresholds in the brand's reporting currency (rfm-segments.ts's `rfmValueThresholds`). */
export function builtInSegmentsWith(rfmValueFrom: RfmValueFrom): Readonly<Record<BuiltInSegmentName, BuiltInSegment>> {
  return { ...tierSegments, ...rfmSegmentsWith(rfmValueFrom) };
}

const tierSegments = {
  vip: {
    name: 'vip',
    description: `A purchase or service in the last ${atRiskAfterMonths} months, and ${vipMinPurchasesAndServices} purchases and services or more in all.`,
    filter: { kind: 'all', of: [active, frequency('>=', vipMinPurchasesAndServices)] },
  },
  regular: {
    name: 'regular',
    description: `A purchase or service in the last ${atRiskAfterMonths} months, fewer than ${vipMinPurchasesAndServices} purchases and services, a client for ${newClientMonths} months or more.`,
    filter: { kind: 'all', of: [active, frequency('<', vipMinPurchasesAndServices), { kind: 'monthsSinceFirstPurchase', op: '>=', value: newClientMonths }] },
  },
  new: {
    name: 'new',
    description: `A first purchase less than ${newClientMonths} months ago, fewer than ${vipMinPurchasesAndServices} purchases and services.`,
    filter: { kind: 'all', of: [active, frequency('<', vipMinPurchasesAndServices), { kind: 'monthsSinceFirstPurchase', op: '<', value: newClientMonths }] },
  },
  at_risk: {
    name: 'at_risk',
    description: `No purchase or service for ${atRiskAfterMonths} months or more, but for less than ${lapsedAfterMonths}.`,
    filter: { kind: 'all', of: [silentMonths('>=', atRiskAfterMonths), silentMonths('<', lapsedAfterMonths)] },
  },
  lapsed: {
    name: 'lapsed',
    description: `No purchase or service for ${lapsedAfterMonths} months or more.`,
    filter: silentMonths('>=', lapsedAfterMonths),
  },
} as const satisfies Record<string, BuiltInSegment>;

/** The built-in segments of a brand reporting in euros; the tiers' are the same for every brand. */
export const builtInSegments = builtInSegmentsWith(rfmValueFromEur);
