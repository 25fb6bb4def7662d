import { hashKey, type Mutation, type QueryClient } from '@tanstack/react-query'
import type { ListAnswer } from '../../api/answer'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'
import { writeNames, writes, type WriteName, type WriteVariables } from '../../api/writes'
import { sectionKey } from '../../api/query-keys'
import { retryOptions } from '../../api/retry-policy'
import type { Notification } from '../../api/schemas'
import { sendWrite } from '../../api/send-write'

// Marking notifications read: optimistic (the list changes on the click, before any answer), rolled
// back on failure, paused offline, and never undone by a copy of the list that arrives meanwhile.
// Loaded after the first render, with the controls that make these writes.

const listKey = endpointQuery(endpoints.notifications).queryKey

/** A write's mutation key: its section's name first, as every key (`['notifications', 'markRead']`). */
export const writeKey = <Name extends WriteName>(name: Name) => [...sectionKey(writes[name].section), name] as const

export type AnyWriteVariables = WriteVariables[WriteName]

/** The notifications a write marks read. */
export const idsOf = (variables: AnyWriteVariables): string[] => ('ids' in variables ? variables.ids : [variables.id])

type AnyMutation = Mutation<unknown, Error, unknown, unknown>

/** Which write a mutation is, if it is one of the notifications' writes. */
export function writeOf(mutation: { options: { mutationKey?: readonly unknown[] } }): WriteName | undefined {
  const [section, name] = mutation.options.mutationKey ?? []
  return section === 'notifications' ? writeNames.find((candidate) => candidate === name) : undefined
}

/** The notifications' writes not yet settled (waiting for the network, or for their answer). */
export const pendingWrites = (queryClient: QueryClient): AnyMutation[] =>
  queryClient
    .getMutationCache()
    .findAll({ mutationKey: sectionKey('notifications'), status: 'pending' })
    .filter((mutation) => writeOf(mutation) !== undefined)

/**
 * The writes whose failure is being undone right now. TanStack still counts a write as pending
 * while its onError runs, so without this the rollback's own setQueryData would reach the merge
 * rule (keepPendingWritesShown), which would mark the failed write's notifications read again at
 * once: the item and the badge never rolled back.
 */
const rollingBack = new Set<AnyWriteVariables>()

/** How many pending writes mark each notification read (a write being rolled back no longer counts). */
export function pendingReads(queryClient: QueryClient): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mutation of pendingWrites(queryClient)) {
    const variables = mutation.state.variables as AnyWriteVariables
    if (rollingBack.has(variables)) continue
    for (const id of idsOf(variables)) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/**
 * The merge rule: a pending write wins over any copy of the same notification that arrives before
 * it settles (a refetch, a poll, a live push, a restored page), so nothing flips back to unread
 * mid-write. The very same answer when nothing changes.
 */
export function applyPendingWrites(
  answer: ListAnswer<Notification> | undefined,
  pending: ReadonlySet<string> | ReadonlyMap<string, number>,
): ListAnswer<Notification> | undefined {
  if (!answer || !answer.items.some((item) => !item.read && pending.has(item.id))) return answer
  return { ...answer, items: answer.items.map((item) => (pending.has(item.id) ? { ...item, read: true } : item)) }
}

/**
 * Sets these notifications' `read` in the cached list, keeping when the list was fetched: the
 * change is the shopper's, not news from the API ("Updated 2 min ago" stays true, and the list,
 * keyed on that time, isn't drawn afresh, so focus stays where it was).
 */
function markInCache(queryClient: QueryClient, ids: readonly string[], read: boolean): void {
  const state = queryClient.getQueryState(listKey)
  if (!state?.data) return
  const changing = new Set(ids)
  const items = state.data.items.map((item) => (changing.has(item.id) && item.read !== read ? { ...item, read } : item))
  if (items.every((item, index) => item === state.data!.items[index])) return
  queryClient.setQueryData(listKey, { ...state.data, items }, { updatedAt: state.dataUpdatedAt })
}

/** Shows every pending write's effect on the cached list (the merge rule applied to what is there now). */
export function showPendingWrites(queryClient: QueryClient): void {
  const pending = pendingReads(queryClient)
  if (pending.size > 0) markInCache(queryClient, [...pending.keys()], true)
}

/**
 * Undoes a failed write: its notifications are unread again, except those another pending write
 * still marks (the merge rule). Only this write's own change is undone, never the whole list, so a
 * notification pushed meanwhile stays; nothing of the list was kept to undo it with.
 */
function rollBack(queryClient: QueryClient, variables: AnyWriteVariables): void {
  // Only for as long as the change is made (the merge rule hears it synchronously): a Retry sends
  // these very variables again, and that write must count as pending.
  rollingBack.add(variables)
  try {
    const pending = pendingReads(queryClient)
    const freed = idsOf(variables).filter((id) => !pending.has(id))
    markInCache(queryClient, freed, false)
  } finally {
    rollingBack.delete(variables)
  }
}

const installed = new WeakSet<QueryClient>()

/**
 * Each write's defaults, by its mutation key: what a mutation restored from storage (which brings
 * only its key and variables) needs to run. Idempotent.
 */
export function installWriteDefaults(queryClient: QueryClient): void {
  if (installed.has(queryClient)) return
  installed.add(queryClient)
  for (const name of writeNames) {
    const write = writes[name]
    queryClient.setMutationDefaults<void, Error, AnyWriteVariables>(writeKey(name), {
      mutationFn: (variables) => sendWrite(write, variables),
      ...retryOptions(write.retry, write.timeoutMs),
      // TanStack's default for mutations, said here because the queries use 'always' (src/api/query-client.ts):
      // offline, a write waits for the connection instead of failing.
      networkMode: 'online',
      onMutate: async (variables) => {
        // A refetch in flight would land after the change and undo it: cancelled, it keeps the list as it was.
        await queryClient.cancelQueries({ queryKey: listKey })
        markInCache(queryClient, idsOf(variables), true)
      },
      onError: (_error, variables) => rollBack(queryClient, variables),
    })
  }
}

/**
 * Keeps the merge rule whenever the list changes: each new copy of it (a fetch, a live push) shows
 * every pending write's effect. Returns the unsubscribe.
 */
export function keepPendingWritesShown(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.query.queryHash !== hashKey(listKey))
      return
    showPendingWrites(queryClient)
  })
}
