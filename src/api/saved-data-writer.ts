import { defaultShouldDehydrateQuery, type Query, type QueryClient } from '@tanstack/react-query'
import { persistQueryClientSave, persistQueryClientSubscribe } from '@tanstack/react-query-persist-client'
import { busterFor, createSavedDataPersister, savedEndpointOf, type SavedDataOptions } from './saved-data'

/** Only successful answers of saved endpoints are written: the persister's filter. */
export const shouldSave = (query: Query): boolean =>
  savedEndpointOf(query.queryKey) !== undefined && defaultShouldDehydrateQuery(query)

/**
 * Saves the saved endpoints' answers now, then whenever the cache changes (at most once a second:
 * the persister throttles). Returns the unsubscribe.
 */
export function saveDataAsItChanges(
  queryClient: QueryClient,
  { persister = createSavedDataPersister(), variant }: SavedDataOptions = {},
): () => void {
  const options = {
    queryClient,
    persister,
    buster: busterFor(variant),
    dehydrateOptions: { shouldDehydrateQuery: shouldSave },
  }
  void persistQueryClientSave(options)
  return persistQueryClientSubscribe(options)
}
