// What the page exposes in mock mode (see mocks/browser.ts), as seen from page.evaluate.
interface Window {
  ecomarketMocks?: { use: (search: string) => string[]; beacons: () => readonly unknown[]; pushNotification: () => void }
}
