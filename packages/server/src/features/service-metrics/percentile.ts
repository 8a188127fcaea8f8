/** Percentiles by nearest rank, the definition the service-metrics contract states. */

/**
 * The p-th percentile (0 < p ≤ 100) of `values` by nearest rank: the value at rank ⌈p/100 · n⌉
 * (1-based) of the sorted values; always one of them. Null for no values.
 */
export function nearestRankPercentile(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1]!;
}
