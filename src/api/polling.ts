import type { QueryClient } from '@tanstack/react-query'
import type { Endpoint, EndpointName } from './endpoints'
import { sectionKey } from './query-keys'

// Queries whose polling a live channel stands in for. A query belongs to one client, so each
// client (the page's, a test's) has its own: nothing here is shared between them.
const standingIn = new WeakSet<object>()

/** The polling interval an endpoint's query uses now: the table's, unless a live channel stands in for it. */
export const pollingIntervalFor = (endpoint: Endpoint<string>, query: object): number | false =>
  standingIn.has(query) ? false : (endpoint.refresh.everyMs ?? false)

/** Whether a live channel stands in for an endpoint's polling in this client. */
export const isPollingPaused = (queryClient: QueryClient, name: EndpointName): boolean =>
  queryClient
    .getQueryCache()
    .findAll({ queryKey: sectionKey(name) })
    .some((query) => standingIn.has(query))

/** Pauses (a live channel is up) or resumes (it is down) an endpoint's polling in this client, at once. */
export function setPollingPaused(queryClient: QueryClient, name: EndpointName, paused: boolean): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: sectionKey(name) })) {
    if (standingIn.has(query) === paused) continue
    if (paused) standingIn.add(query)
    else standingIn.delete(query)
    // setOptions re-reads refetchInterval and restarts the observer's timer when it changed.
    for (const observer of query.observers) observer.setOptions(observer.options)
  }
}
