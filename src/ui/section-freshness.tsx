import { statusText } from './status-text'
import { useNow } from './use-now'

interface SectionFreshnessProps {
  label: string
  dataUpdatedAt: number
  refreshing: boolean
  /** Set when the last background refresh failed: the data shown is older than the shopper may think. */
  refreshError: unknown
  onRefresh: () => void
}

/**
 * How old a section's data is, ticking; a quiet hint while it refreshes in the background; and,
 * when a refresh failed, a polite status (never an alert: the data is still there) with Retry.
 */
export function SectionFreshness({ label, dataUpdatedAt, refreshing, refreshError, onRefresh }: SectionFreshnessProps) {
  const now = useNow(dataUpdatedAt)
  const failed = refreshError !== undefined
  return (
    <>
      <p className="freshness">
        {/* The live region is there before it has anything to say, so screen readers announce the failure. */}
        <span role="status">{failed ? statusText.refreshFailed(refreshError, dataUpdatedAt) : ''}</span>
        {!failed && (
          <span className="freshness__age">
            {statusText.updated(now - dataUpdatedAt)}
            {refreshing && <span className="freshness__refreshing"> · {statusText.refreshing}</span>}
          </span>
        )}
      </p>
      {/* Refresh is named for its section ("Refresh Products"); Retry sits next to the note it answers. */}
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onRefresh}
        aria-label={failed ? undefined : statusText.refreshSection(label)}
      >
        {failed ? statusText.retry : statusText.refresh}
      </button>
    </>
  )
}
