import { isApiError } from './api-error'
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
 */
export function retryOptions(policy: RetryPolicy) {
  return {
    retry: (failureCount: number, error: Error) =>
      isApiError(error) && error.isTransient && failureCount < policy.retries,
    // TanStack passes the failures so far, before counting this one: 0 on the first failure.
    retryDelay: (failureCount: number) => backoffDelay(policy, failureCount + 1),
  }
}
