import type { Query, QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import type { Outcome } from '../../mocks/scenarios'
import { omittedOf } from '../api/answer'
import { isApiError } from '../api/api-error'
import { endpointNames, type EndpointName } from '../api/endpoints'
import { sectionKey } from '../api/query-keys'

// What the Requests tab can do to one section's queries, as TanStack Query's own devtools do.

const sectionQueries = (name: EndpointName) => ({ queryKey: sectionKey(name), exact: false })

export const refetchSection = (client: QueryClient, name: EndpointName) => client.refetchQueries(sectionQueries(name))
export const invalidateSection = (client: QueryClient, name: EndpointName) =>
  client.invalidateQueries(sectionQueries(name))
export const resetSection = (client: QueryClient, name: EndpointName) => client.resetQueries(sectionQueries(name))

export const forcibleStates = ['loading', 'timeout', 'offline', 'http', 'invalid-data', 'empty'] as const
export type ForcibleState = (typeof forcibleStates)[number]

/** The mock answer that ends a section in each state; forcing one is an override in the scenario store. */
export const outcomeForState: Record<Exclude<ForcibleState, 'loading'>, Outcome> = {
  timeout: 'timeout',
  offline: 'offline',
  http: 'error',
  'invalid-data': 'malformed',
  empty: 'empty',
}

/**
 * Keeps a section loading until Refetch or Reset. No mock answer can do it, since the client's own
 * timeout ends every request in 2 s, so this holds the query itself, as TanStack's "Trigger loading" does.
 */
export async function holdLoading(client: QueryClient, name: EndpointName): Promise<void> {
  await client.cancelQueries(sectionQueries(name))
  for (const query of client.getQueryCache().findAll(sectionQueries(name))) {
    query.setState({
      status: 'pending',
      fetchStatus: 'idle',
      data: undefined,
      dataUpdatedAt: 0,
      error: null,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
    })
  }
}

/** A section's query state in a few words, such as "data", "data, 3 left out", "loading, attempt 2" or "error: http". */
export function describeQueryState(query: Query | undefined): string {
  if (!query) return 'not started'
  const { status, fetchStatus, fetchFailureCount, error } = query.state
  const refetching = fetchStatus === 'fetching' ? ', refetching' : ''
  if (status === 'pending') {
    if (fetchStatus === 'idle') return 'loading (held)'
    return fetchFailureCount > 0 ? `loading, attempt ${fetchFailureCount + 1}` : 'loading'
  }
  if (status === 'error') return `error: ${isApiError(error) ? error.kind : 'unknown'}${refetching}`
  const omitted = omittedOf(query.state.data)
  return `data${omitted ? `, ${omitted} left out` : ''}${refetching}${query.isStale() ? ', stale' : ''}`
}

/** Every section's state, re-read on each query-cache event; only the panel subscribes, never a section. */
export function useSectionStates(client: QueryClient): Record<EndpointName, string> {
  const cache = client.getQueryCache()
  const snapshot = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => endpointNames.map((name) => describeQueryState(cache.find(sectionQueries(name)))).join('|'),
  )
  const states = snapshot.split('|')
  return Object.fromEntries(endpointNames.map((name, i) => [name, states[i]])) as Record<EndpointName, string>
}
