import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { useI18n } from '../i18n/i18n-context'

// Not in the prerendered shell (the page is online when it is built): drawn once the page is
// hydrated, and loaded then (src/ui/use-after-hydration.ts).

const subscribeOnline = (onChange: () => void) => onlineManager.subscribe(onChange)

/** Whether TanStack Query counts the browser as online (its onlineManager follows the browser's events). */
export const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => onlineManager.isOnline(),
    () => true,
  )

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
