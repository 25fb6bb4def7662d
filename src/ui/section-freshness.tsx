import { isApiError } from '../api/api-error'
import { ageFormats } from '../i18n/format-age'
import { useI18n } from '../i18n/i18n-context'
import type { Translate } from '../i18n/translate'
import { useNow } from './use-now'

export interface SectionFreshnessProps {
  label: string
  /** How many items of the answer couldn't be shown, in words; quiet, never an alert: the rest is shown. */
  omittedNote?: string
  dataUpdatedAt: number
  refreshing: boolean
  /** Set when the last background refresh failed: the data shown is older than the shopper may think. */
  refreshError: unknown
  onRefresh: () => void
  /** Something else that failed while the data stayed (a write): said in place of a refresh's failure, with its own Retry. */
  note?: { text: string; onRetry: () => void }
}

/** Why a background refresh failed, in the words of the error's kind. */
const refreshFailureReason = (t: Translate, error: unknown) =>
  isApiError(error) ? t(`refreshFailed.${error.kind}`) : t('refreshFailed.other')

/**
 * How old a section's data is, ticking; a quiet hint while it refreshes in the background; and,
 * when a refresh failed, a polite status (never an alert: the data is still there) with Retry.
 */
export function SectionFreshness({
  label,
  omittedNote,
  dataUpdatedAt,
  refreshing,
  refreshError,
  onRefresh,
  note,
}: SectionFreshnessProps) {
  const { t, locale } = useI18n()
  const format = ageFormats(locale)
  const now = useNow(dataUpdatedAt)
  const failed = note !== undefined || refreshError !== undefined
  const elapsed = format.elapsed(now - dataUpdatedAt)
  const said = note
    ? note.text
    : failed
      ? t('refreshFailed', {
          reason: refreshFailureReason(t, refreshError),
          time: format.clockTime(dataUpdatedAt, now),
        })
      : ''
  return (
    <>
      {/* Cut to two lines in a narrow column: its title keeps the whole text, as every cut-short text does. */}
      <p className="freshness" title={said || undefined}>
        {/* The live region is there before it has anything to say, so screen readers announce the failure. */}
        <span role="status">{said}</span>
        {omittedNote && <span className="freshness__omitted">{omittedNote}</span>}
        {!failed && (
          <span className="freshness__age">
            {elapsed ? t('updated', { elapsed }) : t('updatedJustNow')}
            {refreshing && <span className="freshness__refreshing"> · {t('refreshing')}</span>}
          </span>
        )}
      </p>
      {/* Refresh is named for its section ("Refresh Products"); Retry sits next to the note it answers. */}
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={note?.onRetry ?? onRefresh}
        aria-label={failed ? undefined : t('refreshSection', { name: label })}
      >
        {failed ? t('retry') : t('refresh')}
      </button>
    </>
  )
}
