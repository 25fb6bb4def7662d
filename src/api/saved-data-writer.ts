import type { QueryClient } from '@tanstack/react-query'
import { persistQueryClientSubscribe, type Persister } from '@tanstack/react-query-persist-client'
import { buster, createSavedDataPersister, shouldSave } from './saved-data'

/**
 * Saves the saved endpoints' answers whenever the cache changes (throttled to once a second by the
 * persister). Loaded after the first render: nothing needs it sooner. Returns the unsubscribe.
 */
export const saveDataAsItChanges = (queryClient: QueryClient, persister: Persister = createSavedDataPersister()): (() => void) =>
  persistQueryClientSubscribe({ queryClient, persister, buster, dehydrateOptions: { shouldDehydrateQuery: shouldSave } })
