import type { Endpoint } from './endpoints'
import { retryOptions } from './retry-policy'

/** The retry and cache options an endpoint's table entry prescribes, ready to spread into queryOptions(). */
export const queryPolicy = (endpoint: Endpoint) => ({
  ...retryOptions(endpoint.retry, endpoint.timeoutMs),
  // A failure that settled before its section mounted (the requests start before React) stays
  // settled: mounting must not send a request the retry policy already ruled out.
  retryOnMount: false,
  ...endpoint.cache,
})
