// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { summarize } from '../../scripts/stats.mjs'
import { percentile } from '../../src/metrics/percentile.mjs'

// 1 to 20 in a scrambled order, so a definition that forgot to sort would fail too.
const twenty = [7, 19, 3, 12, 20, 1, 15, 9, 4, 18, 11, 2, 16, 6, 14, 10, 5, 17, 8, 13]

describe('percentile (nearest rank)', () => {
  test('p50 and p95 of 1…20 are 10 and 19: the 10th and 19th smallest', () => {
    expect(percentile(twenty, 0.5)).toBe(10)
    expect(percentile(twenty, 0.95)).toBe(19)
  })

  test('p50, p90 and p95 of 1…10 are 5, 9 and 10', () => {
    const ten = twenty.filter((v) => v <= 10)
    expect(percentile(ten, 0.5)).toBe(5)
    expect(percentile(ten, 0.9)).toBe(9)
    expect(percentile(ten, 0.95)).toBe(10)
  })

  test('the ends are the smallest and largest values, and one value is every percentile', () => {
    expect(percentile(twenty, 0)).toBe(1)
    expect(percentile(twenty, 1)).toBe(20)
    expect([0, 0.5, 0.95, 1].map((q) => percentile([42], q))).toEqual([42, 42, 42, 42])
  })

  test('an odd-sized list has its middle value as p50, and the input is left unsorted', () => {
    const values = [300, 100, 200]
    expect(percentile(values, 0.5)).toBe(200)
    expect(values).toEqual([300, 100, 200])
  })

  test('an empty list has no percentile', () => {
    expect(percentile([], 0.5)).toBeUndefined()
  })
})

test('the benchmark scripts summarise with the same definition', () => {
  expect(summarize([...twenty, undefined, Number.NaN])).toEqual({ n: 20, median: 10, p95: 19, max: 20 })
  expect(summarize([])).toMatchObject({ n: 0 })
})
