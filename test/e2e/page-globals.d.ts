// What the page exposes in mock mode (see mocks/browser.ts), as seen from page.evaluate.
interface Window {
  ecomarketMocks?: {
    use: (search: string) => string[]
    beacons: () => readonly unknown[]
    pushNotification: () => void
  }
  /** Set by announcements.spec.ts: each line the live region gained, and whether it was there before any section. */
  __heard?: string[]
  __logBeforeSections?: boolean
  /** Set by i18n.spec.ts: `<html lang>` when the first section appeared. */
  __langAtFirstSection?: string
}
