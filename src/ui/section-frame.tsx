import { useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useRef, type ComponentType, type ReactNode } from 'react'
import { omittedOf } from '../api/answer'
import { endpoints, type EndpointName } from '../api/endpoints'
import { sectionKey } from '../api/query-keys'
import { useI18n } from '../i18n/i18n-context'
import { ErrorState } from './error-state'
import { Overlaid } from './overlaid'
import { SectionErrorBoundary } from './section-error-boundary'
import type { SectionFreshnessProps } from './section-freshness'
import { loadSharedAfterHydration, useAfterHydration } from './use-after-hydration'
import { useSectionHtml } from './section-html'
import { sectionPhase } from './section-status'
import { useHydrated } from './use-hydrated'

interface SectionFrameProps<T> {
  name: EndpointName
  query: UseQueryResult<T>
  /** Reserves exactly the space the content will take, so nothing moves when it arrives. */
  skeleton: ReactNode
  /** What a list with no item to show draws (src/api/answer.ts decides); `checkAgain` loads it afresh, skeleton first. */
  empty: (checkAgain: () => void) => ReactNode
  /** Extra header content that depends on the data, such as an unread count. */
  badge?: (data: T) => ReactNode
  /** Draws the footer in place of the usual one, given the same facts (a section that also says how its writes went). */
  footer?: ComponentType<SectionFreshnessProps>
  children: (data: T) => ReactNode
}

/**
 * One dashboard section: a landmark named by its h2, aria-busy until its own request settles,
 * then data, an empty state, or one alert with Retry. Error and empty states keep the room the
 * skeleton reserved, without showing it, so the page never shifts. Items the answer left out are
 * counted in the footer's line, which is always there: the note takes no new room.
 */
export function SectionFrame<T>({ name, query, skeleton, empty, badge, footer, children }: SectionFrameProps<T>) {
  const { t } = useI18n()
  // The footer (how old the data is, Refresh, a failed refresh's note) is drawn only once the page is
  // hydrated, as its age ticks on the browser's clock: it loads then, off the first render's bundle.
  const later = useAfterHydration(loadSharedAfterHydration)
  const Footer = footer ?? later?.SectionFreshness
  const queryClient = useQueryClient()
  const { retry } = endpoints[name]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = `${name}-heading`
  const { data, dataUpdatedAt, error, isError, isFetching, status, fetchStatus, failureCount, refetch } = query
  // Until hydration ends, a section draws what its HTML shows: the shell's loading state, even if
  // its answer came first, or the settled state a streamed section arrived in. The next render follows the query.
  const hydrated = useHydrated()
  const html = useSectionHtml()
  const phase =
    hydrated || html.settled ? sectionPhase({ status, fetchStatus, fetchFailureCount: failureCount, data }) : 'loading'
  const hasData = phase === 'data' || phase === 'empty'
  // A background refresh keeps the data on screen, so the section stays aria-busy="false".
  const busy = phase === 'loading' || phase === 'retrying'

  const retryNow = () => {
    headingRef.current?.focus() // the Retry button is about to disappear; keep focus in this section
    void refetch()
  }
  // An empty answer is data, so a refetch would show nothing happening; a reset goes back to the skeleton.
  const checkAgain = () => {
    headingRef.current?.focus()

    void queryClient.resetQueries({ queryKey: sectionKey(name) })
  }

  const omittedNote = (omitted: number) => (omitted > 0 ? t(`${name}.omitted`, { count: omitted }) : undefined)

  let body: ReactNode
  if (hasData)
    body =
      phase === 'empty' ? (
        <Overlaid room={skeleton}>
          <EmptyView render={empty} checkAgain={checkAgain} />
        </Overlaid>
      ) : (
        <DataView data={data as T} render={children} />
      )
  else if (busy) body = skeleton
  else
    body = (
      <Overlaid room={skeleton}>
        <ErrorState error={error} name={name} onRetry={retryNow} />
      </Overlaid>
    )

  return (
    <section className={`section section--${name}`} aria-labelledby={headingId} aria-busy={busy}>
      <header className="section__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t(name)}
        </h2>
        {hasData && badge?.(data as T)}
        {/* Always present, so screen readers are already watching it when the text appears. */}
        <span role="status" className="retry-note">
          {/* Not while hydrating: a failure that settled before React (not asked again on mount) isn't in the shell. */}
          {hydrated && busy && failureCount > 0 ? t('retrying', { attempt: failureCount, total: retry.retries }) : null}
        </span>
      </header>
      {/* Keyed on the data's arrival, so a caught drawing error never outlives the data that caused it. */}
      <SectionErrorBoundary key={dataUpdatedAt} name={name} ghost={skeleton} onRetry={retryNow}>
        {body}
      </SectionErrorBoundary>
      {/* Always there, empty until data is, so the section's height never changes with it. */}
      <footer className="section__footer">
        {/* Not in any server-rendered HTML: its age ticks on the browser's clock. */}
        {hydrated && hasData && Footer && (
          <Footer
            label={t(name)}
            omittedNote={omittedNote(omittedOf(data))}
            dataUpdatedAt={dataUpdatedAt}
            refreshing={isFetching}
            refreshError={isError && !isFetching ? error : undefined}
            onRefresh={() => void refetch({ cancelRefetch: false })}
          />
        )}
      </footer>
    </section>
  )
}

/** Draws the data as a child of the error boundary, so a bug in drawing is caught there. */
function DataView<T>({ data, render }: { data: T; render: (data: T) => ReactNode }) {
  return render(data)
}

/** Calls the empty state's render prop when drawn, so its next step reaches `checkAgain` only on click. */
function EmptyView({ render, checkAgain }: { render: (checkAgain: () => void) => ReactNode; checkAgain: () => void }) {
  return render(checkAgain)
}
