import { useQueryClient, type Query } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore, type RefObject } from 'react'
import { endpointNames } from '../api/endpoints'
import { sectionOfKey } from '../api/query-keys'
import { useI18n } from '../i18n/i18n-context'
import { sectionPhase } from './section-status'

// Retry all, beside Refresh all: drawn only once sections have failed, never in the shell, so it
// loads once the page is hydrated (src/ui/use-after-hydration.ts).

/** A section showing its alert: it failed, has nothing to show, and is not trying again. */
const isFailedSection = (query: Query) =>
  endpointNames.some((name) => name === sectionOfKey(query.queryKey)) && sectionPhase(query.state) === 'failed'

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

/** Shown once two or more sections (but not all: then the status line under the title has it) have failed, so nobody presses each Retry. */
export function RetryAll({ titleRef }: { titleRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const failed = useFailedSectionCount()
  const retryAll = () => {
    titleRef.current?.focus() // the button is about to disappear; keep focus near it
    void queryClient.refetchQueries({ predicate: isFailedSection })
  }
  return failed >= 2 && failed < endpointNames.length ? (
    <button
      type="button"
      className="button page-actions__retry-all"
      onClick={retryAll}
      title={t('retryAllHint', { count: failed })}
    >
      {t('retryAll')}
    </button>
  ) : null
}
