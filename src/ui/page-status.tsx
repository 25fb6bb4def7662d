import { onlineManager, useQueryClient, type Query } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore, type RefObject } from 'react'
import { endpointNames } from '../api/endpoints'
import { sectionOfKey } from '../api/query-keys'
import { useI18n } from '../i18n/i18n-context'
import { sectionPhase } from './section-status'

const isSection = (query: Query) => endpointNames.some((name) => name === sectionOfKey(query.queryKey))

/** A section showing its alert: it failed, has nothing to show, and is not trying again. */
const isFailedSection = (query: Query) => isSection(query) && sectionPhase(query.state) === 'failed'

const subscribeOnline = (onChange: () => void) => onlineManager.subscribe(onChange)

/** Whether TanStack Query counts the browser as online (its onlineManager follows the browser's events). */
export const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => onlineManager.isOnline(),
    () => true,
  )

/** How many sections show their error alert right now. */
function useFailedSectionCount(): number {
  const queryCache = useQueryClient().getQueryCache()
  const subscribe = useCallback((onChange: () => void) => queryCache.subscribe(onChange), [queryCache])
  return useSyncExternalStore(
    subscribe,
    () => queryCache.findAll({ predicate: isFailedSection }).length,
    () => 0,
  )
}

/**
 * The page's own controls, under its title: Refresh all, and Retry all once two or more sections
 * (but not all: then the status line under the title has it) have failed, so nobody presses each Retry.
 */
export function PageActions({ titleRef }: { titleRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const failed = useFailedSectionCount()
  const retryAll = () => {
    titleRef.current?.focus() // the button is about to disappear; keep focus near it
    void queryClient.refetchQueries({ predicate: isFailedSection })
  }
  const refreshAll = () =>
    void queryClient.refetchQueries({ predicate: isSection, type: 'active' }, { cancelRefetch: false })
  return (
    <div className="page-actions">
      <button type="button" className="button button--quiet" onClick={refreshAll}>
        {t('refreshAll')}
      </button>
      {/* Once every section has failed, the page's status line offers its own Retry all instead. */}
      {failed >= 2 && failed < endpointNames.length && (
        <button
          type="button"
          className="button page-actions__retry-all"
          onClick={retryAll}
          title={t('retryAllHint', { count: failed })}
        >
          {t('retryAll')}
        </button>
      )}
    </div>
  )
}

/** One banner for the whole page while the browser is offline; it floats, so nothing moves. */
export function OfflineBanner() {
  const { t } = useI18n()
  const online = useOnline()
  return (
    // The live region stays in the page, empty while online, so the banner is announced when it appears.
    <div role="status" className="offline-banner-region">
      {!online && (
        <p className="offline-banner">
          <strong>{t('offlineBanner')}</strong> {t('offlineBanner.hint')}
        </p>
      )}
    </div>
  )
}
