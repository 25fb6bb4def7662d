import type { QueryClient } from '@tanstack/react-query'

// What the live channel is doing now, per query client (as src/api/polling.ts keeps its state): the
// channel reports it, the developer panel shows it. Nothing here is shared between clients.

export type LiveStatus =
  /** The page has no socket: the endpoint table's polling carries on. */
  | { state: 'off' }
  | { state: 'connecting' | 'open' | 'offline'; url: string }
  /** Down, and trying again after a backoff; `failed` tries so far. */
  | { state: 'retrying'; url: string; failed: number }
  /** `failed` tries in a row failed: no more until the tab is shown again or the browser comes back online. */
  | { state: 'stopped'; url: string; failed: number }

const statuses = new WeakMap<QueryClient, LiveStatus>()
const listeners = new WeakMap<QueryClient, Set<() => void>>()

/** The live channel's status in this client; undefined before it has started. */
export const liveStatus = (queryClient: QueryClient): LiveStatus | undefined => statuses.get(queryClient)

export function setLiveStatus(queryClient: QueryClient, status: LiveStatus): void {
  statuses.set(queryClient, status)
  for (const listener of listeners.get(queryClient) ?? []) listener()
}

/** Calls `listener` on every change of this client's status; returns the unsubscribe. */
export function subscribeLiveStatus(queryClient: QueryClient, listener: () => void): () => void {
  const set = listeners.get(queryClient) ?? new Set()
  listeners.set(queryClient, set.add(listener))
  return () => void set.delete(listener)
}
