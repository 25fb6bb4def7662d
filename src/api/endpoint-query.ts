import { queryOptions } from '@tanstack/react-query'
import type { Endpoint } from './endpoints'
import { getJson } from './get-json'
import { queryPolicy } from './query-policy'

/** One request to an endpoint, validated by its schema: the API client without a query cache or retries. */
export const fetchEndpoint = <Data>(endpoint: Endpoint<string, Data>, signal?: AbortSignal): Promise<Data> =>
  getJson(endpoint, endpoint.schema, { signal })

/**
 * An endpoint's query, everything from its table entry: key `[name, shape]`, fetcher, retries, cache
 * and refresh. The section's hook, the dashboard load and the tests all use this one definition.
 */
export const endpointQuery = <Name extends string, Data>(endpoint: Endpoint<Name, Data>) =>
  // The name identifies the table entry, so the key covers everything the fetcher reads.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: [endpoint.name, endpoint.shape] as const,
    queryFn: ({ signal }) => fetchEndpoint(endpoint, signal),
    ...queryPolicy(endpoint),
  })
