import type { Query, QueryCache } from '@tanstack/react-query'
import { isEmptyAnswer, omittedOf } from '../api/answer'
import type { EndpointName } from '../api/endpoints'
import { sectionKey } from '../api/query-keys'

/** What a section shows, in the words of SectionFrame: the live region and the page status follow it. */
export type SectionPhase = 'loading' | 'retrying' | 'data' | 'empty' | 'failed'

export interface SectionStatus {
  phase: SectionPhase
  /** Failed attempts so far in this fetch; the retry note's "n of m". */
  attempt: number
  /** Items (or the profile's details) the answer shown left out. */
  omitted: number
  /** When the state last changed, to tell which of two sections settled first. */
  changedAt: number
}

/** What of a query's state decides what its section shows. */
export type SectionQueryState = Pick<Query['state'], 'status' | 'fetchStatus' | 'fetchFailureCount' | 'data'>

/**
 * The one rule for what a section shows: data shown (even while it refreshes) is data or empty;
 * no data yet and a request under way is loading, or retrying after a failure; otherwise failed.
 * SectionFrame draws by it, and the page's status and live region read sections by it.
 */
export function sectionPhase({ status, fetchStatus, fetchFailureCount, data }: SectionQueryState): SectionPhase {
  if (data !== undefined) return isEmptyAnswer(data) ? 'empty' : 'data'
  if (status === 'pending' || fetchStatus === 'fetching') return fetchFailureCount > 0 ? 'retrying' : 'loading'
  return 'failed'
}

/** A section's state from its query, with what the live region needs besides. */
export function sectionStatus(query: Query | undefined): SectionStatus {
  if (!query) return { phase: 'loading', attempt: 0, omitted: 0, changedAt: 0 }
  const { fetchFailureCount, data, dataUpdatedAt, errorUpdatedAt } = query.state
  const phase = sectionPhase(query.state)
  const shown = phase === 'data' || phase === 'empty'
  return {
    phase,
    attempt: shown ? 0 : fetchFailureCount,
    omitted: shown ? omittedOf(data) : 0,
    changedAt: Math.max(dataUpdatedAt, errorUpdatedAt),
  }
}

/** Every query key starts with its section's name (src/api/query-keys.ts), so the section's query is found by it. */
export const findSectionQuery = (cache: QueryCache, name: EndpointName): Query | undefined =>
  cache.find({ queryKey: sectionKey(name), exact: false })
