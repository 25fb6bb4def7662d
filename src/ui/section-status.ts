import type { Query, QueryCache } from '@tanstack/react-query'
import { isEmptyAnswer, omittedOf } from '../api/answer'
import type { EndpointName } from '../api/endpoints'

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

/** Reads a section's state from its query exactly as SectionFrame decides what to draw. */
export function sectionStatus(query: Query | undefined): SectionStatus {
  if (!query) return { phase: 'loading', attempt: 0, omitted: 0, changedAt: 0 }
  const { status, fetchStatus, fetchFailureCount: attempt, data, dataUpdatedAt, errorUpdatedAt } = query.state
  const changedAt = Math.max(dataUpdatedAt, errorUpdatedAt)
  if (data !== undefined)
    return { phase: isEmptyAnswer(data) ? 'empty' : 'data', attempt: 0, omitted: omittedOf(data), changedAt }
  if (status === 'pending' || fetchStatus === 'fetching')
    return { phase: attempt > 0 ? 'retrying' : 'loading', attempt, omitted: 0, changedAt }
  return { phase: 'failed', attempt, omitted: 0, changedAt }
}

/** Every query key starts with its section's name (src/api/query-keys.ts), so the section's query is found by it. */
export const findSectionQuery = (cache: QueryCache, name: EndpointName): Query | undefined =>
  cache.find({ queryKey: [name], exact: false })
