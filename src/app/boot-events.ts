/**
 * Fired on the document when a piece of the app fails to load after the entry did (the render
 * module, the shopper's catalog). The page's loader (src/app/head/start-app.ts), which carries the
 * boot-failure message, shows it: the app's own script doesn't have to.
 */
export const BOOT_FAILED_EVENT = 'ecomarket:boot-failed'

/** What a dynamic import loads; if it fails, the loader is told and boot stops there (the promise never settles). */
export function loadOrReport<T>(loading: Promise<T>): Promise<T> {
  return loading.catch((error: unknown) => {
    document.dispatchEvent(new CustomEvent(BOOT_FAILED_EVENT, { detail: error }))
    return new Promise<T>(() => {})
  })
}
