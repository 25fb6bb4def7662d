import type { UseQueryResult } from '@tanstack/react-query'
import { useRef, type ReactNode } from 'react'
import { endpoints, type EndpointName } from '../api/endpoints'
import { ErrorState } from './error-state'
import { Overlaid } from './overlaid'
import { SectionErrorBoundary } from './section-error-boundary'
import { SectionFreshness } from './section-freshness'
import { useHydrated } from './use-hydrated'

interface SectionFrameProps<T> {
  name: EndpointName
  query: UseQueryResult<T>
  /** Reserves exactly the space the content will take, so nothing moves when it arrives. */
  skeleton: ReactNode
  isEmpty: (data: T) => boolean
  empty: ReactNode
  /** Extra header content that depends on the data, such as an unread count. */
  badge?: (data: T) => ReactNode
  children: (data: T) => ReactNode
}

/**
 * One dashboard section: a landmark named by its h2, aria-busy until its own request settles,
 * then data, an empty state, or one alert with Retry. Error and empty states sit over a faded
 * copy of the skeleton, so every state takes the same room and the page never shifts.
 */
export function SectionFrame<T>({ name, query, skeleton, isEmpty, empty, badge, children }: SectionFrameProps<T>) {
  const { label, retry } = endpoints[name]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = `${name}-heading`
  const { data, dataUpdatedAt, error, isError, isPending, isFetching, failureCount, refetch } = query
  // Until hydration ends, every section draws the prerendered shell's loading state, even if its
  // answer came first; the very next render shows it.
  const hydrated = useHydrated()
  const hasData = hydrated && data !== undefined
  // A background refresh keeps the data on screen, so the section stays aria-busy="false".
  const busy = !hydrated || (!hasData && (isPending || isFetching))

  const retryNow = () => {
    headingRef.current?.focus() // the Retry button is about to disappear; keep focus in this section
    void refetch()
  }

  let body: ReactNode
  if (hasData) body = isEmpty(data) ? <Overlaid ghost={skeleton}>{empty}</Overlaid> : <DataView data={data} render={children} />
  else if (busy) body = skeleton
  else body = <Overlaid ghost={skeleton}><ErrorState error={error} label={label} onRetry={retryNow} /></Overlaid>

  return (
    <section className={`section section--${name}`} aria-labelledby={headingId} aria-busy={busy}>
      <header className="section__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {label}
        </h2>
        {hasData && badge?.(data)}
        {busy && failureCount > 0 && (
          <span role="status" className="retry-note">
            Retrying ({failureCount} of {retry.retries})…
          </span>
        )}
      </header>
      {/* Keyed on the data's arrival, so a caught drawing error never outlives the data that caused it. */}
      <SectionErrorBoundary key={dataUpdatedAt} label={label} ghost={skeleton} onRetry={retryNow}>
        {body}
      </SectionErrorBoundary>
      {/* Always there, empty until data is, so the section's height never changes with it. */}
      <footer className="section__footer">
        {hasData && (
          <SectionFreshness
            label={label}
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
