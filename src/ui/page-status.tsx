import { useQueryClient, type Query } from '@tanstack/react-query'
import type { RefObject } from 'react'
import { endpointNames } from '../api/endpoints'
import { sectionOfKey } from '../api/query-keys'
import { useI18n } from '../i18n/i18n-context'
import { loadSharedAfterHydration, useAfterHydration } from './use-after-hydration'

const isSection = (query: Query) => endpointNames.some((name) => name === sectionOfKey(query.queryKey))

/** The page's own controls, under its title: Refresh all, and Retry all once sections have failed (src/ui/retry-all.tsx). */
export function PageActions({ titleRef }: { titleRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const later = useAfterHydration(loadSharedAfterHydration)
  const refreshAll = () =>
    void queryClient.refetchQueries({ predicate: isSection, type: 'active' }, { cancelRefetch: false })
  return (
    <div className="page-actions">
      <button type="button" className="button button--quiet" onClick={refreshAll}>
        {t('refreshAll')}
      </button>
      {later && <later.RetryAll titleRef={titleRef} />}
    </div>
  )
}
