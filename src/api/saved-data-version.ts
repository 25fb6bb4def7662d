import type { Endpoint } from './endpoints'

// What identifies saved data, shared by the app and the HTML's head script (vite-plugin-early-start.ts).

/** The localStorage key of the saved query cache. */
export const SAVED_DATA_KEY = 'ecomarket:saved-data'

/** Bump when a saved answer's shape changes: saved data of another version is never shown. */
export const SAVED_SCHEMA_VERSION = 2

/** The persister's buster: an app update or a schema change discards what was saved before it. */
export const savedDataBuster = (appVersion: string | undefined) =>
  `app ${appVersion ?? 'dev'}, schema ${SAVED_SCHEMA_VERSION}`

/** How long a saved answer spares its request (ms since it was fetched); 0 when every visit fetches it anyway. */
export const savedFreshForMs = (endpoint: Endpoint): number =>
  endpoint.persist && !endpoint.persist.revalidate ? Math.min(endpoint.cache.staleTime, endpoint.persist.maxAgeMs) : 0

/** Whether anything is saved, without loading the persister; storage that can't be read counts as empty. */
export function hasSavedData(): boolean {
  try {
    return globalThis.localStorage?.getItem(SAVED_DATA_KEY) != null
  } catch {
    return false
  }
}
