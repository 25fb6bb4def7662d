import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs'

// Browser tests run on the system Chromium (CHROMIUM_PATH overrides); Playwright never downloads one.
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT) || 4173
const desktop = { width: 1280, height: 900 }

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { viewport: desktop, locale: 'en-US', colorScheme: 'light' } },
    // The main checks again at phone width.
    { name: 'phone', grep: /@phone/, use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' } },
    // The contract (order, states, CLS, axe) in both languages and both colour schemes; the rest runs once.
    { name: 'desktop-en-dark', grep: /@contract/, use: { viewport: desktop, locale: 'en-US', colorScheme: 'dark' } },
    { name: 'desktop-es-light', grep: /@contract/, use: { viewport: desktop, locale: 'es-ES', colorScheme: 'light' } },
    { name: 'desktop-es-dark', grep: /@contract/, use: { viewport: desktop, locale: 'es-ES', colorScheme: 'dark' } },
  ],
  webServer: {
    // The production build with the mock API, as a shopper's browser would get it, plus a metrics
    // endpoint so each load's beacon can be checked (MSW receives it).
    command: `VITE_METRICS_URL=/api/metrics npm run build && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false, // always test the code as it is now, never a stale build
    timeout: 120_000,
    stdout: 'ignore',
  },
})
