import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs'

// Browser tests run on the system Chromium (CHROMIUM_PATH overrides); Playwright never downloads one.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://localhost:4173',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
    // The main checks again at phone width.
    { name: 'phone', grep: /@phone/, use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
  ],
  webServer: {
    // The production build with the mock API, as a shopper's browser would get it, plus a metrics
    // endpoint so each load's beacon can be checked (MSW receives it).
    command: 'VITE_METRICS_URL=/api/metrics npm run build && npm run preview',
    url: 'http://localhost:4173',
    reuseExistingServer: false, // always test the code as it is now, never a stale build
    timeout: 120_000,
    stdout: 'ignore',
  },
})
