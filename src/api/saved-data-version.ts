import type { Endpoint } from './endpoints'

// What identifies saved data, shared by the app and the static host's head script
// (src/app/head/early-requests.ts), which leaves out a request that a saved answer still spares.

/** The localStorage key of the saved query cache (TanStack's persister format). */
export const SAVED_DATA_KEY = 'ecomarket:saved-data'

/** Beside it, our own small record of when each saved answer was fetched: all the head script reads. */
export const SAVED_INDEX_KEY = 'ecomarket:saved-index'

/** Bump when a saved answer's shape changes: saved data of another version is never shown. */
export const SAVED_SCHEMA_VERSION = 3

/** The persister's buster: an app update or a schema change discards what was saved before it. */
export const savedDataBuster = (appVersion: string | undefined) =>
  `app ${appVersion ?? 'dev'}, schema ${SAVED_SCHEMA_VERSION}`

/** How long a saved answer spares its request (ms since it was fetched); 0 when every visit fetches it anyway. */
export const savedFreshForMs = (endpoint: Endpoint<string>): number =>
  endpoint.persist && !endpoint.persist.revalidate ? Math.min(endpoint.cache.staleTime, endpoint.persist.maxAgeMs) : 0

/** When each saved answer was fetched (its dataUpdatedAt), under the buster it was saved with. */
export interface SavedIndex {
  buster: string
  fetchedAt: Record<string, number>
}

type Readable = Pick<Storage, 'getItem'>

/** The saved index, or undefined when storage is blocked, empty or holds something else. */
export function readSavedIndex(storage: Readable | undefined): SavedIndex | undefined {
  try {
    const index: unknown = JSON.parse(storage?.getItem(SAVED_INDEX_KEY) ?? 'null')
    if (typeof index !== 'object' || index === null) return undefined
    const { buster, fetchedAt } = index as Partial<SavedIndex>
    return typeof buster === 'string' && typeof fetchedAt === 'object' && fetchedAt !== null
      ? { buster, fetchedAt }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * The one freshness rule for saved answers: saved under this buster, fetched less than `freshForMs`
 * ago. The app's cache agrees, since its staleTime is what `freshForMs` comes from (savedFreshForMs).
 */
export function savedAnswerIsFresh(
  index: SavedIndex | undefined,
  name: string,
  { freshForMs, buster, now }: { freshForMs: number; buster: string; now: number },
): boolean {
  const fetchedAt = index?.buster === buster ? index.fetchedAt[name] : undefined
  return typeof fetchedAt === 'number' && freshForMs > 0 && now - fetchedAt >= 0 && now - fetchedAt < freshForMs
}

/** Whether anything is saved, without loading the persister; storage that can't be read counts as empty. */
export function hasSavedData(): boolean {
  try {
    return globalThis.localStorage?.getItem(SAVED_DATA_KEY) != null
  } catch {
    return false
  }
}
