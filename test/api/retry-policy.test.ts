import { describe, expect, test } from 'vitest'
import { ApiError } from '../../src/api/api-error'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { backoffDelay, retryOptions, worstCaseMs } from '../../src/api/retry-policy'

const policy = endpoints.products.retry

describe('retry policy', () => {
  test('backoff doubles from the base delay up to the cap', () => {
    const ceilings = [1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n, () => 1))
    expect(ceilings).toEqual([250, 500, 1000, 1000, 1000])
  })

  test('jitter keeps each wait between half the ceiling and the ceiling', () => {
    for (let n = 1; n <= 3; n++) {
      const ceiling = backoffDelay(policy, n, () => 1)
      expect(backoffDelay(policy, n, () => 0)).toBe(ceiling / 2)
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(policy, n)
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2)
        expect(delay).toBeLessThanOrEqual(ceiling)
      }
    }
  })

  test.each(endpointNames)('%s reaches a final state inside its time budget, even in the worst case', (name) => {
    const { retry, timeoutMs } = endpoints[name]
    expect(worstCaseMs(retry, timeoutMs)).toBeLessThanOrEqual(retry.budgetMs)
  })

  test('only transient failures are retried, and only as often as the policy allows', () => {
    const { retry } = retryOptions(policy)
    const error = (kind: ApiError['kind'], status?: number) => new ApiError(kind, 'products', 'test', { status })
    expect(retry(0, error('offline'))).toBe(true)
    expect(retry(0, error('http', 500))).toBe(true)
    expect(retry(0, error('http', 429))).toBe(true)
    expect(retry(0, error('http', 404))).toBe(false)
    expect(retry(0, error('timeout'))).toBe(false)
    expect(retry(0, error('invalid-data'))).toBe(false)
    expect(retry(0, new Error('a bug, not a failure of the network'))).toBe(false)
    expect(retry(policy.retries - 1, error('offline'))).toBe(true)
    expect(retry(policy.retries, error('offline'))).toBe(false)
  })

  test('the first retry waits around the base delay', () => {
    const { retryDelay } = retryOptions(policy)
    const first = retryDelay(0)
    expect(first).toBeGreaterThanOrEqual(policy.baseDelayMs / 2)
    expect(first).toBeLessThanOrEqual(policy.baseDelayMs)
  })
})
