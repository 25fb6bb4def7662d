import { QueryObserver, type QueryClient } from '@tanstack/react-query'
import { endpointQuery } from '../api/endpoint-query'
import { endpointNames, endpoints, type Endpoint } from '../api/endpoints'

/**
 * Starts every section's request at once, before the first render (render-as-you-fetch): no section
 * waits for React to mount, and none waits for another. Each section's hook then joins the
 * request already in flight. The queries come from the endpoint table alone, so starting them
 * loads no component.
 *
 * An observer, rather than a one-off prefetch, holds each query for the page's lifetime: a query
 * left with no observer cancels its request, and React's StrictMode unmounts and remounts every
 * component once in development, which would abort and resend them all.
 */
export function startDashboardLoad(
  queryClient: QueryClient,
  toLoad: readonly Endpoint<string>[] = endpointNames.map((name) => endpoints[name]),
): () => void {
  const observers = toLoad.map((endpoint) => new QueryObserver(queryClient, endpointQuery(endpoint)))
  const stops = observers.map((observer) => observer.subscribe(() => {}))
  return () => stops.forEach((stop) => stop())
}
