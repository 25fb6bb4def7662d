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

// The history is a convenience: storage that is blocked (even reading `localStorage` can throw a
// SecurityError), full or holding something unreadable only means an empty or unsaved history.

/** The stored history; anything unreadable (an old format, a hand edit) counts as empty. */
export function readHistory(): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(-HISTORY_SIZE) : []
  } catch {
    return []
  }
}

export function appendHistory(entry: HistoryEntry): HistoryEntry[] {
  const history = [...readHistory(), entry].slice(-HISTORY_SIZE)
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(history))
  } catch {
    // not saved; the page goes on
  }
  return history
}

export function clearHistory(): void {
  try {
    localStorage.removeItem(STORAGE_KEY)
  } catch {
    // nothing to clear
  }
}
