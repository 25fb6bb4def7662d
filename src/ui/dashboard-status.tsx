import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react'
import { endpoints } from '../api/endpoints'
import { useI18n } from '../i18n/i18n-context'
import type { SectionsReport } from './section-watch'

type Watcher = typeof import('./section-watch')

/** Enough for a screen reader to have read them all; older lines leave quietly (only additions are read). */
const KEPT_LINES = 8

/**
 * What the page says about its sections as a whole, from the query cache (so no section renders for it):
 * - the line under the title: a summary, or, once every section has failed, that message once for the
 *   whole page with one Retry for all; both share one grid cell, so the switch moves nothing;
 * - the page's one polite live region, in the first render so screen readers listen before its first
 *   line: each section's arrival once, in arrival order, its retries, failures and a Retry that worked.
 */
export function DashboardStatus({ focusAfterRetry }: { focusAfterRetry: RefObject<HTMLElement | null> }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [lines, setLines] = useState<{ id: number; text: string }[]>([])
  const [everyFailed, setEveryFailed] = useState(false)
  // The watcher, once loaded, also brings what the line under the title says when every section has failed.
  const [watcher, setWatcher] = useState<Watcher>()
  const nextId = useRef(0)

  const report = useEffectEvent(({ announcements, everyFailed: nowEveryFailed }: SectionsReport) => {
    const texts = announcements.map((say) => say(t))
    if (nowEveryFailed !== everyFailed) {
      if (nowEveryFailed) texts.push(t('allFailed'))
      setEveryFailed(nowEveryFailed)
    }
    if (texts.length > 0)
      setLines((shown) => [...shown, ...texts.map((text) => ({ id: nextId.current++, text }))].slice(-KEPT_LINES))
  })

  useEffect(() => {
    let stop: (() => void) | undefined
    let stopped = false
    // The watcher isn't needed to draw the first frame, so it loads after it, off the initial bundle.
    void import('./section-watch').then((loaded) => {
      if (stopped) return
      setWatcher(loaded)
      stop = loaded.watchSections(queryClient.getQueryCache(), endpoints, report)
    })
    return () => {
      stopped = true
      stop?.()
    }
  }, [queryClient])

  return (
    <>
      <div className="page-status">
        <p className={`page-status__summary ${everyFailed ? 'page-status__summary--covered' : ''}`}>{t('summary')}</p>
        {everyFailed && watcher && <watcher.EveryFailed focusAfterRetry={focusAfterRetry} />}
      </div>
      <div role="log" aria-live="polite" className="visually-hidden">
        {lines.map((line) => (
          <p key={line.id}>{line.text}</p>
        ))}
      </div>
    </>
  )
}
