import type { QueryClient } from '@tanstack/react-query'
import type { Endpoint, EndpointName } from './endpoints'

// Endpoints whose polling a live channel stands in for while it is connected (one page, one set).
const standIns = new Set<string>()

/** The polling interval an endpoint's queries use now: the table's, unless a live channel stands in. */
export const pollingIntervalFor = (endpoint: Endpoint<string>): number | false =>
  standIns.has(endpoint.name) ? false : (endpoint.refresh.everyMs ?? false)

/** Pauses (a live channel is up) or resumes (it is down) an endpoint's polling, at once. */
export function setPollingPaused(queryClient: QueryClient, name: EndpointName, paused: boolean): void {
  if (standIns.has(name) === paused) return
  if (paused) standIns.add(name)
  else standIns.delete(name)
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [name] })) {
    // setOptions re-reads refetchInterval and restarts the observer's timer when it changed.
    for (const observer of query.observers) observer.setOptions(observer.options)
  }
}
