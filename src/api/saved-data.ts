import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import type { QueryClient } from '@tanstack/react-query'
import { persistQueryClientRestore, type PersistedClient, type Persister } from '@tanstack/react-query-persist-client'
import * as v from 'valibot'
import { omittedOf, type ListAnswer } from './answer'
import { endpointNames, endpoints, type EndpointName } from './endpoints'
import { sectionKey, sectionOfKey } from './query-keys'
import { SAVED_DATA_KEY, SAVED_INDEX_KEY, savedDataBuster, type SavedIndex } from './saved-data-version'
import { browserStorage, type SyncStorage } from './local-storage'

// The shopper's next visit paints non-personal data from localStorage at once, through TanStack's
// persister packages. Only endpoints with a `persist` entry in the table are written: profile and
// notifications are personal and never touch storage.

export const savedEndpointOf = (queryKey: readonly unknown[]): EndpointName | undefined => {
  const name = endpointNames.find((candidate) => candidate === sectionOfKey(queryKey))
  return name && endpoints[name].persist ? name : undefined
}

const appBuster = savedDataBuster(import.meta.env.VITE_APP_VERSION)

/** The buster, with what else the data depends on: in mock mode, the scenario it was served under. */
export const busterFor = (variant?: string) => (variant ? `${appBuster}, ${variant}` : appBuster)

export interface SavedDataOptions {
  persister?: Persister
  /** Saved data made under another variant (such as another mock scenario) is never shown. */
  variant?: string
}
const longestMaxAge = Math.max(...endpointNames.map((name) => endpoints[name].persist?.maxAgeMs ?? 0))

/** Storage that never throws: blocked or full storage is simply not used. */
function quietStorage(storage: SyncStorage | undefined): SyncStorage | undefined {
  if (!storage) return undefined
  const quietly = <T>(action: () => T, fallback: T): T => {
    try {
      return action()
    } catch {
      return fallback
    }
  }
  return {
    getItem: (key) => quietly(() => storage.getItem(key), null),
    setItem: (key, value) => quietly(() => storage.setItem(key, value), undefined),
    removeItem: (key) => quietly(() => storage.removeItem(key), undefined),
  }
}

const persistedClientShape = v.object({
  timestamp: v.number(),
  buster: v.string(),
  clientState: v.object({ mutations: v.array(v.unknown()), queries: v.array(v.unknown()) }),
})

const savedQueryShape = v.object({
  queryKey: v.array(v.unknown()),
  // A picklist of one rather than literal: the schemas ship picklist already, and valibot's code lands in the first chunk.
  state: v.object({ status: v.picklist(['success']), data: v.unknown(), dataUpdatedAt: v.number() }),
})

const savedListShape = v.object({
  items: v.array(v.unknown()),
  omitted: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

/**
 * A saved list, checked again by its endpoint's own schema as a body is: an item that no longer
 * passes is left out and added to what the answer had left out. Undefined if it isn't a list answer.
 */
function recheckedList(name: EndpointName, data: unknown): ListAnswer<unknown> | undefined {
  const saved = v.safeParse(savedListShape, data)
  const checked = saved.success ? v.safeParse(endpoints[name].schema, saved.output.items) : undefined
  if (!saved.success || !checked?.success) return undefined
  return { ...(checked.output as ListAnswer<unknown>), omitted: omittedOf(checked.output) + saved.output.omitted }
}

/** A client that persistQueryClientRestore discards without a word (no timestamp). */
const discarded: PersistedClient = { timestamp: 0, buster: '', clientState: { mutations: [], queries: [] } }

/** Corrupt text is discarded quietly; TanStack's own JSON.parse would log it as an error. */
function readSaved(text: string): PersistedClient {
  try {
    const parsed = v.safeParse(persistedClientShape, JSON.parse(text))
    return parsed.success ? (parsed.output as PersistedClient) : discarded
  } catch {
    return discarded
  }
}

/** Keeps the saved answers still young enough for their endpoint and still of the shape its schema makes. */
export function keepRestorable(client: PersistedClient, now: number = Date.now()): PersistedClient {
  const queries = client.clientState.queries.flatMap((query) => {
    const saved = v.safeParse(savedQueryShape, query)
    if (!saved.success) return []
    const name = savedEndpointOf(saved.output.queryKey)
    const persist = name && endpoints[name].persist
    if (!name || !persist || now - saved.output.state.dataUpdatedAt > persist.maxAgeMs) return []
    // Only lists are saved (the table's persist entries); anything else is dropped.
    const data = endpoints[name].shape === 'list' ? recheckedList(name, saved.output.state.data) : undefined
    return data ? [{ ...query, state: { ...query.state, data } }] : []
  })
  return { ...client, clientState: { ...client.clientState, queries } }
}

/** When each answer in a saved client was fetched: the index the static host's head script reads. */
export function indexOf(client: PersistedClient): SavedIndex {
  const fetchedAt: Record<string, number> = {}
  for (const { queryKey, state } of client.clientState.queries) {
    const name = sectionOfKey(queryKey)
    if (name && state.dataUpdatedAt > 0) fetchedAt[name] = state.dataUpdatedAt
  }
  return { buster: client.buster, fetchedAt }
}

/** The persister: TanStack's storage persister over quiet localStorage, reading back only what may be shown. */
export function createSavedDataPersister(storage: SyncStorage | undefined = browserStorage()): Persister {
  const quiet = quietStorage(storage)
  const persister = createAsyncStoragePersister({
    storage: quiet,
    key: SAVED_DATA_KEY,
    deserialize: readSaved,
    // Called when the (throttled) write happens, so the index never runs ahead of what is saved.
    serialize: (client) => {
      quiet?.setItem(SAVED_INDEX_KEY, JSON.stringify(indexOf(client)))
      return JSON.stringify(client)
    },
  })
  return {
    ...persister,
    restoreClient: async () => {
      const client = await persister.restoreClient()
      return client && keepRestorable(client)
    },
  }
}

/**
 * Puts saved categories and products into the cache before any request starts. Answers that every
 * visit revalidates are marked stale, so they are shown at once and fetched again. Never throws:
 * without storage, the page loads from the network.
 */
export async function restoreSavedData(
  queryClient: QueryClient,
  { persister = createSavedDataPersister(), variant }: SavedDataOptions = {},
): Promise<void> {
  try {
    await persistQueryClientRestore({ queryClient, persister, buster: busterFor(variant), maxAge: longestMaxAge })
  } catch {
    // Already discarded by TanStack; the sections load from the network as on a first visit.
  }
  for (const name of endpointNames) {
    if (endpoints[name].persist?.revalidate)
      void queryClient.invalidateQueries({ queryKey: sectionKey(name), refetchType: 'none' })
  }
}
