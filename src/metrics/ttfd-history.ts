import * as v from 'valibot'

// Time to first data of the last loads, kept in localStorage for the panel's History tab.

const STORAGE_KEY = 'ecomarket:ttfd-history'
export const HISTORY_SIZE = 50
/** The study's goal for time to first data. */
export const TTFD_GOAL_P95_MS = 500
/** A time to first data past this (10 minutes) was never a real load. */
const MAX_TTFD_MS = 600_000

// Storage is outside the app's control (an old format, a hand edit, another tab's bug): each entry
// read back is checked, and one that fails is dropped, never drawn.
export const historyEntrySchema = v.object({
  at: v.pipe(v.number(), v.minValue(0), v.maxValue(8.64e15)), // the latest time a Date can hold
  ttfdMs: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_TTFD_MS)),
  scenario: v.optional(v.pipe(v.string(), v.maxLength(500))),
})
export type HistoryEntry = v.InferOutput<typeof historyEntrySchema>

const validEntries = (values: unknown[]): HistoryEntry[] =>
  values.flatMap((value) => {
    const parsed = v.safeParse(historyEntrySchema, value)
    return parsed.success ? [parsed.output] : []
  })

// The history is a convenience: storage that is blocked (even reading `localStorage` can throw a
// SecurityError), full or holding something unreadable only means an empty or unsaved history.

/** The stored history; anything unreadable (an old format, a hand edit) counts as empty. */
export function readHistory(): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? validEntries(parsed.slice(-HISTORY_SIZE)) : []
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
