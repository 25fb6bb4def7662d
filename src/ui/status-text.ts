import type { ApiErrorKind } from '../api/api-error'
import { isApiError } from '../api/api-error'
import { formatClockTime, formatElapsed } from './format'

// The English wording of freshness, reconnect and live updates, in one place for translation.

const refreshFailureReason: Record<ApiErrorKind, string> = {
  offline: "you're offline or EcoMarket can't be reached",
  timeout: 'EcoMarket took too long to answer',
  http: 'EcoMarket had a problem',
  'invalid-data': 'EcoMarket sent unexpected data',
}

export const statusText = {
  /** A section's age: "Updated just now", "Updated 2 min ago". */
  updated: (ageMs: number) => {
    const elapsed = formatElapsed(ageMs)
    return elapsed ? `Updated ${elapsed}` : 'Updated just now'
  },
  refreshing: 'refreshing…',
  refresh: 'Refresh',
  /** The refresh button's full name, for those who can't see which section it sits in. */
  refreshSection: (label: string) => `Refresh ${label}`,
  retry: 'Retry',
  /** A background refresh failed; the data shown stays, and this says from when it is. */
  refreshFailed: (error: unknown, dataUpdatedAt: number) => {
    const reason = isApiError(error) ? refreshFailureReason[error.kind] : 'something went wrong'
    return `Couldn't refresh: ${reason}. Showing data from ${formatClockTime(dataUpdatedAt)}.`
  },
  refreshAll: 'Refresh all',
  retryAll: 'Retry all',
  retryAllHint: (failed: number) => `${failed} sections couldn't load`,
  offlineTitle: "You're offline.",
  offlineHint: 'You can still see everything already loaded. Each section refreshes by itself once your connection is back.',
}
