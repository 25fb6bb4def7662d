import { isApiError, type ApiError } from './api-error'
import type { RetryPolicy } from './endpoints'

/** Backoff before retry n (1-based): exponential, capped, with "equal jitter" so clients spread out. */
export function backoffDelay(policy: RetryPolicy, retryNumber: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** The longest a section can take: every attempt running to its timeout, every wait at its ceiling. */
export function worstCaseMs(policy: RetryPolicy, timeoutMs: number): number {
  let total = (policy.retries + 1) * timeoutMs
  for (let n = 1; n <= policy.retries; n++) total += backoffDelay(policy, n, () => 1)
  return total
}

/**
 * TanStack Query's retry options for a policy. Timeouts are not retried: they already cost the
 * full timeout, so the section settles and the shopper decides with Retry.
 *
 * A server's `Retry-After` (a 429, say) lengthens the wait, but only while the section can still
 * settle inside its budget: the next attempt, counted at its full timeout, must end by then, and
 * so must every attempt before it, waits included. If it can't, the section stops and says why.
 */
export function retryOptions(policy: RetryPolicy, timeoutMs: number) {
  // The waits planned in the current fetch, by failure; one fetch's retries run one after another,
  // and its first failure starts the list afresh. Each error's wait is worked out once (jitter).
  let waits: number[] = []
  const planned = new WeakMap<ApiError, number>()
  const waitAfter = (failureCount: number, error: Error): number => {
    if (!isApiError(error)) return backoffDelay(policy, failureCount + 1)
    const known = planned.get(error)
    if (known !== undefined) return known
    if (failureCount === 0) waits = []
    const wait = Math.max(backoffDelay(policy, failureCount + 1), error.retryAfterMs ?? 0)
    waits[failureCount] = wait
    planned.set(error, wait)
    return wait
  }
  const fitsBudget = (failureCount: number, error: ApiError) => {
    const wait = waitAfter(failureCount, error)
    const earlierWaits = waits.slice(0, failureCount).reduce((sum, ms) => sum + (ms ?? 0), 0)
    return (failureCount + 2) * timeoutMs + earlierWaits + wait <= policy.budgetMs
  }
  return {
    retry: (failureCount: number, error: Error) =>
      isApiError(error) && error.isTransient && failureCount < policy.retries && fitsBudget(failureCount, error),
    // TanStack passes the failures so far, before counting this one: 0 on the first failure.
    retryDelay: (failureCount: number, error: Error) => waitAfter(failureCount, error),
  }
}
