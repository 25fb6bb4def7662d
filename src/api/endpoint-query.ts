import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { Endpoint } from './endpoints'
import { getJson } from './get-json'
import { adoptPageAnswer, takePageAnswer } from './page-answers'
import { queryPolicy } from './query-policy'
import { sectionKey } from './query-keys'

/** One request to an endpoint, validated by its schema: the API client without a query cache or retries. */
export const fetchEndpoint = <Data>(endpoint: Endpoint<string, Data>, signal?: AbortSignal): Promise<Data> =>
  getJson(endpoint, endpoint.schema, { signal })

/** A first attempt answered by the page itself (the streamed document), else a request. */
async function firstAttemptOrFetch<Data>(endpoint: Endpoint<string, Data>, client: QueryClient, signal: AbortSignal) {
  const fromPage = await takePageAnswer(client, endpoint.name)
  return fromPage ? adoptPageAnswer<Data>(fromPage) : fetchEndpoint(endpoint, signal)
}

const made = new WeakMap<Endpoint<string>, unknown>()

/**
 * An endpoint's query, everything from its table entry: key `[name, shape]`, fetcher, retries, cache
 * and refresh. Made once per entry: the section's hook, the dashboard load and the tests all share it.
 */
export function endpointQuery<Name extends string, Data>(endpoint: Endpoint<Name, Data>) {
  const options = () =>
    // The name identifies the table entry, so the key covers everything the fetcher reads.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...sectionKey(endpoint.name), endpoint.shape] as const,
      queryFn: ({ signal, client }) => firstAttemptOrFetch(endpoint, client, signal),
      ...queryPolicy(endpoint),
    })
  if (!made.has(endpoint)) made.set(endpoint, options())
  return made.get(endpoint) as ReturnType<typeof options>
}

/** A section's query, subscribed: what its component reads. */
export const useEndpoint = <Name extends string, Data>(endpoint: Endpoint<Name, Data>) =>
  useQuery(endpointQuery(endpoint))
