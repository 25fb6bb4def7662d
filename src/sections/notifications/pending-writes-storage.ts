import type { QueryClient } from '@tanstack/react-query'
import { persistQueryClient, type PersistedClient, type Persister } from '@tanstack/react-query-persist-client'
import * as v from 'valibot'
import { writeNames, type WriteName, type WriteVariables } from '../../api/writes'
import { notificationPath, readAllRequest } from '../../api/writes'
import { idsOf, pendingWrites, writeKey, writeOf, type AnyWriteVariables } from './notification-writes'
import { browserStorage, type SyncStorage } from '../../api/local-storage'

// A write made offline survives closing the page: the one thing about a shopper's notifications
// that is ever written to storage. Only the write itself is kept (which write, the notification ids,
// read: true, when it was asked for), never the list, and it is removed once it has been sent.
// TanStack's persister (persistQueryClient) saves the pending mutations and hydrates them on the
// next visit; each runs through the defaults its key has (installWriteDefaults) when resumed.

/** The localStorage key of the writes still to send. */
export const PENDING_WRITES_KEY = 'ecomarket:pending-writes'

/** A write waiting longer than this (ms) is dropped unsent: the inbox it was about has long moved on. */
export const PENDING_WRITE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

const BUSTER = 'pending writes 1'

interface StoredWrite<Name extends WriteName = WriteName> {
  write: Name
  variables: WriteVariables[Name]
  /** When the shopper asked (ms since the epoch). */
  at: number
}

const storedShape = v.object({
  writes: v.array(v.object({ write: v.picklist(writeNames), variables: v.unknown(), at: v.number() })),
})

/** A write's variables as the page makes them, checked by the table's schemas; nothing else is kept. */
function variablesOf(name: WriteName, sent: unknown): AnyWriteVariables | undefined {
  if (name === 'markAllRead') {
    const checked = v.safeParse(readAllRequest, sent)
    return checked.success ? { ids: checked.output.ids } : undefined
  }
  const checked = v.safeParse(notificationPath, sent)
  return checked.success && (sent as { read?: unknown }).read === true
    ? { id: checked.output.id, read: true }
    : undefined
}

/** What identifies a write: two with the same key send the same thing. */
const keyOf = (write: WriteName, variables: AnyWriteVariables) => `${write} ${[...idsOf(variables)].sort().join(' ')}`

/**
 * Each write once: a write identical to one before it, or to one already pending in this page, is
 * dropped, and so is marking one notification that a read-all among them marks too. Writes are
 * idempotent, so this only spares requests; it never changes what the inbox ends up as.
 */
export function dedupeWrites(
  stored: readonly StoredWrite[],
  alreadyPending: readonly StoredWrite[] = [],
): StoredWrite[] {
  const seen = new Set(alreadyPending.map((write) => keyOf(write.write, write.variables)))
  const coveredByAll = new Set(
    [...alreadyPending, ...stored]
      .filter((write) => write.write === 'markAllRead')
      .flatMap((write) => idsOf(write.variables)),
  )
  return stored.filter((write) => {
    const key = keyOf(write.write, write.variables)
    if (seen.has(key) || (write.write === 'markRead' && coveredByAll.has(idsOf(write.variables)[0]))) return false
    seen.add(key)
    return true
  })
}

/** The writes in storage, checked and young enough; anything unreadable is dropped quietly. */
export function readStoredWrites(text: string | null, now = Date.now()): StoredWrite[] {
  try {
    const parsed = v.safeParse(storedShape, JSON.parse(text ?? 'null'))
    if (!parsed.success) return []
    return parsed.output.writes.flatMap(({ write, variables, at }) => {
      const checked = variablesOf(write, variables)
      return checked && now - at >= 0 && now - at < PENDING_WRITE_MAX_AGE_MS ? [{ write, variables: checked, at }] : []
    }) as StoredWrite[]
  } catch {
    return []
  }
}

/**
 * TanStack's persister interface over storage, synchronous, so a write asked for offline is stored
 * before the page can close. It stores the pending writes alone and only when they change, and
 * removes the key once none is left.
 */
function createPendingWritesPersister(storage: SyncStorage, queryClient: QueryClient): Persister {
  let last: string | null | undefined
  const store = (text: string | null) => {
    if (text === last) return
    last = text
    try {
      if (text === null) storage.removeItem(PENDING_WRITES_KEY)
      else storage.setItem(PENDING_WRITES_KEY, text)
    } catch {
      // Full or blocked storage: the write still goes when the page is back online, just not across a close.
    }
  }
  return {
    persistClient: (client) => {
      const stored = client.clientState.mutations.flatMap(({ mutationKey, state }): StoredWrite[] => {
        const write = mutationKey?.[1] as WriteName
        const variables = variablesOf(write, state.variables)
        return variables ? [{ write, variables, at: state.submittedAt || Date.now() }] : []
      })
      store(stored.length > 0 ? JSON.stringify({ writes: stored }) : null)
    },
    restoreClient: () => {
      let text: string | null
      try {
        text = storage.getItem(PENDING_WRITES_KEY)
      } catch {
        return undefined
      }
      const inPage = pendingWrites(queryClient).map((mutation) => ({
        write: writeOf(mutation)!,
        variables: mutation.state.variables as AnyWriteVariables,
        at: mutation.state.submittedAt,
      }))
      const restored = dedupeWrites(readStoredWrites(text), inPage)
      if (restored.length === 0) return undefined
      return {
        timestamp: Date.now(),
        buster: BUSTER,
        clientState: {
          queries: [],
          mutations: restored.map(({ write, variables, at }) => ({
            mutationKey: [...writeKey(write)],
            // Paused, as a write that waits for the network is: resumePausedMutations sends it.
            state: {
              context: undefined,
              data: undefined,
              error: null,
              failureCount: 0,
              failureReason: null,
              isPaused: true,
              status: 'pending' as const,
              variables,
              submittedAt: at,
            },
          })),
        },
      } satisfies PersistedClient
    },
    removeClient: () => store(null),
  }
}

/**
 * Restores the writes a closed page left unsent (into the mutation cache, paused), then keeps
 * storage in step with the pending writes: stored when asked for, removed once settled. Resolves
 * once restored; returns the unsubscribe.
 */
export function keepWritesAcrossVisits(
  queryClient: QueryClient,
  storage: SyncStorage | undefined = browserStorage(),
): { restored: Promise<void>; stop: () => void } {
  if (!storage) return { restored: Promise.resolve(), stop: () => {} }
  const [stop, restored] = persistQueryClient({
    queryClient,
    persister: createPendingWritesPersister(storage, queryClient),
    buster: BUSTER,
    maxAge: PENDING_WRITE_MAX_AGE_MS,
    dehydrateOptions: {
      shouldDehydrateQuery: () => false,
      // Pending, paused or in flight: a write whose answer never came is sent again (writes are idempotent).
      shouldDehydrateMutation: (mutation) => writeOf(mutation) !== undefined && mutation.state.status === 'pending',
    },
  })
  return { restored: restored.catch(() => {}), stop }
}
