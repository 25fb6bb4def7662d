// The one percentile definition, shared by the History tab and the benchmark scripts. Plain
// JavaScript so that node runs the scripts without a TypeScript loader; types in percentile.d.mts.

/**
 * Nearest-rank percentile: the smallest value with at least a fraction q (0 to 1) of the list at
 * or below it, so the result is always a value that was measured. Undefined for an empty list.
 */
export function percentile(values, q) {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) // 1-based
  return sorted[rank - 1]
}
