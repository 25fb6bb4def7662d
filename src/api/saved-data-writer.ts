import type { QueryClient } from '@tanstack/react-query'
import { persistQueryClientSubscribe } from '@tanstack/react-query-persist-client'
import { busterFor, createSavedDataPersister, shouldSave, type SavedDataOptions } from './saved-data'

/**
 * Saves the saved endpoints' answers whenever the cache changes (throttled to once a second by the
 * persister). Loaded after the first render: nothing needs it sooner. Returns the unsubscribe.
 */
export const saveDataAsItChanges = (queryClient: QueryClient, { persister = createSavedDataPersister(), variant }: SavedDataOptions = {}): (() => void) =>
  persistQueryClientSubscribe({ queryClient, persister, buster: busterFor(variant), dehydrateOptions: { shouldDehydrateQuery: shouldSave } })
