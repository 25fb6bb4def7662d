// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { ApiError } from '../../src/api/api-error'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { backoffDelay, retryOptions, worstCaseMs } from '../../src/api/retry-policy'

const policy = endpoints.products.retry
const { timeoutMs } = endpoints.products
const error = (kind: ApiError['kind'], status?: number, retryAfterMs?: number) =>
  new ApiError(kind, 'products', 'test', { status, retryAfterMs })

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
    const { retry } = retryOptions(policy, timeoutMs)
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
    const { retryDelay } = retryOptions(policy, timeoutMs)
    const first = retryDelay(0, error('offline'))
    expect(first).toBeGreaterThanOrEqual(policy.baseDelayMs / 2)
    expect(first).toBeLessThanOrEqual(policy.baseDelayMs)
  })

  test.each(endpointNames)('%s: without Retry-After, every retry the policy allows fits its budget', (name) => {
    const { retry: endpointPolicy, timeoutMs: endpointTimeout } = endpoints[name]
    const { retry, retryDelay } = retryOptions(endpointPolicy, endpointTimeout)
    const allowed = []
    for (let failures = 0; failures <= endpointPolicy.retries; failures++) {
      const failure = error('offline')
      retryDelay(failures, failure)
      allowed.push(retry(failures, failure))
    }
    expect(allowed).toEqual([...Array(endpointPolicy.retries).fill(true), false])
  })
})

describe('Retry-After', () => {
  test('lengthens the wait to what the server asked for', () => {
    const { retry, retryDelay } = retryOptions(policy, timeoutMs)
    const busy = error('http', 429, 3_000)
    expect(retryDelay(0, busy)).toBe(3_000)
    expect(retry(0, busy)).toBe(true)
  })

  test('a wait that would take the section past its budget ends the retries at once', () => {
    const { retry, retryDelay } = retryOptions(policy, timeoutMs)
    const busy = error('http', 429, 120_000)
    retryDelay(0, busy)
    expect(retry(0, busy)).toBe(false)
  })

  test('the waits of one fetch add up: the third long wait no longer fits', () => {
    const { retry, retryDelay } = retryOptions(policy, timeoutMs)
    const answers = [error('http', 503, 1_500), error('http', 503, 1_500), error('http', 503, 1_500)]
    const allowed = answers.map((answer, failures) => (retryDelay(failures, answer), retry(failures, answer)))
    // 2 attempts at 2 s + 1.5 s; 3 + 3 s; 4 attempts (8 s) + 4.5 s is past the 10 s budget.
    expect(allowed).toEqual([true, true, false])
  })

  test('a new fetch starts with a fresh budget', () => {
    const { retry, retryDelay } = retryOptions(policy, timeoutMs)
    for (const failures of [0, 1]) retryDelay(failures, error('http', 503, 1_500))
    const next = error('http', 429, 4_000)
    retryDelay(0, next)
    expect(retry(0, next)).toBe(true)
  })
})
