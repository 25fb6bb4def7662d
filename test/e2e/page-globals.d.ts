// What the page exposes in mock mode (see mocks/browser.ts), as seen from page.evaluate.
interface Window {
  ecomarketMocks?: {
    use: (search: string) => string[]
    beacons: () => readonly unknown[]
    pushNotification: () => void
  }
  /** Set on every page by dashboard-test.ts: each line the live region gained, and whether it was there before any section. */
  __heard?: string[]
  __logBeforeSections?: boolean
  /** Set by dashboard-test.ts's recordBusy: each change of a section's aria-busy, in order. */
  __busyChanges?: [string, string | null][]
  /** Set by real/page-states.spec.ts: each text the products section's retry note showed. */
  __retryNotes?: string[]
  /** Set by i18n.spec.ts: `<html lang>` when the first section appeared. */
  __langAtFirstSection?: string
}
