import { defaultShouldDehydrateQuery, type Query, type QueryClient } from '@tanstack/react-query'
import { persistQueryClientSubscribe } from '@tanstack/react-query-persist-client'
import { busterFor, createSavedDataPersister, savedEndpointOf, type SavedDataOptions } from './saved-data'

/** Only successful answers of saved endpoints are written: the persister's filter. */
export const shouldSave = (query: Query): boolean => savedEndpointOf(query.queryKey) !== undefined && defaultShouldDehydrateQuery(query)

/**
 * Saves the saved endpoints' answers whenever the cache changes (throttled to once a second by the
 * persister). Loaded after the first render: nothing needs it sooner. Returns the unsubscribe.
 */
export const saveDataAsItChanges = (queryClient: QueryClient, { persister = createSavedDataPersister(), variant }: SavedDataOptions = {}): (() => void) =>
  persistQueryClientSubscribe({ queryClient, persister, buster: busterFor(variant), dehydrateOptions: { shouldDehydrateQuery: shouldSave } })
