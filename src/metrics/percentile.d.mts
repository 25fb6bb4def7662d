/** Nearest-rank percentile (q from 0 to 1) of a list; undefined for an empty list. */
export function percentile(values: readonly number[], q: number): number | undefined
