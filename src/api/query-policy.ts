import type { Endpoint } from './endpoints'
import { retryOptions } from './retry-policy'

/** The retry and cache options an endpoint's table entry prescribes, ready to spread into queryOptions(). */
export const queryPolicy = (endpoint: Endpoint) => ({
  ...retryOptions(endpoint.retry),
  ...endpoint.cache,
})
