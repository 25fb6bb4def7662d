import type { EndpointName } from '../api/endpoints'
import type { MessageKey } from '../i18n/translate'
import type { SectionPhase, SectionStatus } from './section-status'

/** What the live region remembers of a section between two looks. */
export interface SectionMemory {
  phase: SectionPhase
  attempt: number
  /** The section failed since it last showed data, so data now means a Retry worked. */
  failed: boolean
}

export const freshMemory: SectionMemory = { phase: 'loading', attempt: 0, failed: false }

export interface Announcement {
  key: MessageKey
  name: EndpointName
  attempt?: number
  /** Said with an arrival: how much of the answer couldn't be shown. */
  omitted?: number
}

/** The one announcement, if any, that a section's change of state deserves. */
export function nextAnnouncement(
  name: EndpointName,
  before: SectionMemory,
  now: SectionStatus,
): { memory: SectionMemory; announcement?: Announcement } {
  if (now.phase === before.phase && now.attempt === before.attempt) return { memory: before }
  const memory = { phase: now.phase, attempt: now.attempt, failed: before.failed }
  switch (now.phase) {
    case 'loading':
      // After a failure this is a Retry (TanStack starts it over from 'pending'); otherwise a fresh load, not worth a word yet.
      return before.phase === 'failed'
        ? { memory, announcement: { key: 'reloading', name } }
        : { memory: { ...memory, failed: false } }
    case 'retrying':
      return { memory, announcement: { key: 'tryingAgain', name, attempt: now.attempt } }
    case 'failed':
      return { memory: { ...memory, failed: true }, announcement: { key: 'loadFailed', name } }
    case 'data':
      return {
        memory: { ...memory, failed: false },
        announcement: { key: before.failed ? 'retried' : 'loaded', name, omitted: now.omitted },
      }
    case 'empty':
      return { memory: { ...memory, failed: false }, announcement: { key: 'loadedEmpty', name, omitted: now.omitted } }
  }
}
