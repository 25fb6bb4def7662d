import { useQueryClient } from '@tanstack/react-query'
import type { RefObject } from 'react'
import { endpointNames } from '../api/endpoints'
import { sectionKey } from '../api/query-keys'
import { useI18n } from '../i18n/i18n-context'

/**
 * The line under the title once every section has failed: that message once for the whole page,
 * with one Retry for all. It comes with the sections' watcher (section-watch.ts), which is what
 * knows every section has failed, so it is never in the first render's bundle.
 */
export function EveryFailed({ focusAfterRetry }: { focusAfterRetry: RefObject<HTMLElement | null> }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const retryAll = () => {
    focusAfterRetry.current?.focus() // the button is about to disappear
    for (const name of endpointNames) void queryClient.refetchQueries({ queryKey: sectionKey(name) })
  }
  return (
    <div className="page-status__failed">
      <p>{t('allFailed')}</p>
      <button type="button" className="button" onClick={retryAll}>
        {t('retryAll')}
      </button>
    </div>
  )
}
