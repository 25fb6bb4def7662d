import type { QueryCache } from '@tanstack/react-query'
import type { Endpoint, EndpointName } from '../api/endpoints'
import type { Translate } from '../i18n/translate'
import { freshMemory, nextAnnouncement, type Announcement, type SectionMemory } from './announcements'
import { findSectionQuery, sectionStatus } from './section-status'

export { EveryFailed } from './every-failed'

export interface SectionsReport {
  /** What changed since the last report, in the order it changed, to be put in the active language's words. */
  announcements: ((t: Translate) => string)[]
  everyFailed: boolean
}

/**
 * Watches each endpoint's section and reports each change worth telling, once. Loaded after the
 * first render (nothing is announced before a request settles; what settled earlier is told at
 * once), and given the endpoint table rather than importing it, so it shares no chunk with the page.
 */
export function watchSections(
  cache: QueryCache,
  endpoints: Record<EndpointName, Endpoint>,
  onReport: (report: SectionsReport) => void,
): () => void {
  const endpointNames = Object.keys(endpoints) as EndpointName[]
  const memory = new Map<EndpointName, SectionMemory>()
  let queued = false
  const look = () => {
    queued = false
    const statuses = endpointNames.map((name) => ({ name, status: sectionStatus(findSectionQuery(cache, name)) }))
    statuses.sort((a, b) => a.status.changedAt - b.status.changedAt)
    const announcements: SectionsReport['announcements'] = []
    for (const { name, status } of statuses) {
      const { memory: next, announcement } = nextAnnouncement(name, memory.get(name) ?? freshMemory, status)
      memory.set(name, next)
      if (announcement) announcements.push((t) => announcementText(t, announcement, endpoints[name].retry.retries))
    }
    onReport({ announcements, everyFailed: statuses.every(({ status }) => status.phase === 'failed') })
  }
  // Cache events can fire while another component renders; look once they are over, once per burst.
  const schedule = () => {
    if (queued) return
    queued = true
    queueMicrotask(look)
  }
  schedule()
  return cache.subscribe(schedule)
}

/** An announcement in words; an arrival with items left out says how many, as the section's footer does. */
export function announcementText(
  t: Translate,
  { key, name, attempt = 0, omitted = 0 }: Announcement,
  total: number,
): string {
  const said = t(key, { name: t(name), what: t(`${name}.what`), attempt, total })
  return omitted > 0 ? `${said}. ${t(`${name}.omitted`, { count: omitted })}` : said
}
