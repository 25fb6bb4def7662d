// The browser's localStorage, for the few things the page keeps (saved data, its index, writes
// waiting for the network).

export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** localStorage, unless merely touching it throws (blocked by privacy settings, sandboxed frames). */
export function browserStorage(): SyncStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined
  } catch {
    return undefined
  }
}
