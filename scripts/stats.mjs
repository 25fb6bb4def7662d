import { percentile } from '../src/metrics/percentile.mjs'

// Median and p95 of a list of numbers, by the same definition as the History tab; undefined entries are left out.
export function summarize(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return { n: 0, median: NaN, p95: NaN, max: NaN }
  return {
    n: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
  }
}
