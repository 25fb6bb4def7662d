import { isApiError } from './api-error'
import type { Endpoint } from './endpoints'
import { pollingIntervalFor } from './polling'
import { retryOptions } from './retry-policy'

/** What the refetch rules read of a query, whatever its data type. */
interface QueryState {
  state: { status: string; error: unknown; data: unknown }
}

/** A failure that may pass by itself (offline, timeout, 5xx, 429): worth fetching again unasked. */
export const mayRecover = (error: unknown): boolean =>
  isApiError(error) && (error.kind === 'timeout' || error.isTransient)

/**
 * Back online, a section refetches if its data is stale (TanStack's rule), or if it failed in a way
 * that may have passed; a body that failed validation would only fail again.
 */
export const refetchOnReconnect = (query: QueryState): boolean =>
  query.state.status !== 'error' || mayRecover(query.state.error)

/** The retry, cache and refresh options an endpoint's table entry prescribes, ready to spread into queryOptions(). */
export const queryPolicy = (endpoint: Endpoint<string>) => ({
  ...retryOptions(endpoint.retry, endpoint.timeoutMs),
  // A failure that settled before its section mounted (the requests start before React) stays
  // settled: mounting must not send a request the retry policy already ruled out.
  retryOnMount: false,
  ...endpoint.cache,
  // Focus refreshes data already shown; a section in its error state waits for Retry or reconnect.
  refetchOnWindowFocus: endpoint.refresh.onFocus ? (query: QueryState) => query.state.data !== undefined : false,
  refetchOnReconnect,
  refetchInterval:
    endpoint.refresh.everyMs === undefined ? (false as const) : (query: object) => pollingIntervalFor(endpoint, query),
})
