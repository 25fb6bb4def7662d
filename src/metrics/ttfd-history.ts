// Time to first data of the last loads, kept in localStorage for the panel's History tab.

const STORAGE_KEY = 'ecomarket:ttfd-history'
export const HISTORY_SIZE = 50
/** The study's goal for time to first data. */
export const TTFD_GOAL_P95_MS = 500

export interface HistoryEntry {
  at: number
  ttfdMs: number
  scenario?: string
}

const isEntry = (value: unknown): value is HistoryEntry =>
  typeof value === 'object' && value !== null && typeof (value as HistoryEntry).ttfdMs === 'number' && typeof (value as HistoryEntry).at === 'number'

/** The stored history; anything unreadable (an old format, a hand edit) counts as empty. */
export function readHistory(storage: Storage = localStorage): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(-HISTORY_SIZE) : []
  } catch {
    return []
  }
}

export function appendHistory(entry: HistoryEntry, storage: Storage = localStorage): HistoryEntry[] {
  const history = [...readHistory(storage), entry].slice(-HISTORY_SIZE)
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(history))
  } catch {
    // Storage full or blocked (private mode): the history is a convenience, the page goes on.
  }
  return history
}

export function clearHistory(storage: Storage = localStorage): void {
  storage.removeItem(STORAGE_KEY)
}
