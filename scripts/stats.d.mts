export interface Summary {
  n: number
  median: number
  p95: number
  max: number
}
export function summarize(values: readonly (number | undefined)[]): Summary
