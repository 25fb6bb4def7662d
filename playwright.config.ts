import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs'

// Browser tests run on the system Chromium (CHROMIUM_PATH overrides); Playwright never downloads one.
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT) || 4173
// The dashboard's server, clear of the preview and of npm run serve's 4300: streamed, and as a static host.
const streamedPort = port + 100
const realPort = port + 200
const desktop = { width: 1280, height: 900 }

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // A worker's Chromium (renderer, software-GPU process) and the two servers keep about two cores
  // busy; more workers than that starve the pages, and on a starved page the app's own 2 s timeouts
  // fire. (The checks themselves assert the order of events, not durations.)
  workers: Math.max(1, Math.floor(availableParallelism() / 2)),
  forbidOnly: !!process.env.CI,
  // A page starved past the app's 2 s timeouts on a busy CI machine shows "took too long" where data
  // was due; one retry there keeps a genuine failure red (it fails twice) without failing on that.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    // Mock mode: every scenario through MSW in the production build (vite preview).
    {
      name: 'desktop',
      testIgnore: ['real/**', 'streamed/**'],
      use: { viewport: desktop, locale: 'en-US', colorScheme: 'light' },
    },
    // The main checks again at phone width.
    {
      name: 'phone',
      testIgnore: ['real/**', 'streamed/**'],
      grep: /@phone/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' },
    },
    // The contract (order, states, CLS, axe) in Spanish too; the rest runs once.
    {
      name: 'desktop-es-light',
      testIgnore: ['real/**', 'streamed/**'],
      grep: /@contract/,
      use: { viewport: desktop, locale: 'es-ES', colorScheme: 'light' },
    },
    // The dark scheme changes colours only (src/ui/theme.css), so what it can break is contrast: the axe scans.
    {
      name: 'desktop-en-dark',
      testIgnore: 'real/**',
      grep: /@colors/,
      use: { viewport: desktop, locale: 'en-US', colorScheme: 'dark' },
    },
    {
      name: 'desktop-es-dark',
      testIgnore: ['real/**', 'streamed/**'],
      grep: /@colors/,
      use: { viewport: desktop, locale: 'es-ES', colorScheme: 'dark' },
    },
    // The mocking-off build as a static host serves it (npm run serve -- --no-stream), over real HTTP.
    {
      name: 'real',
      testMatch: 'real/**/*.spec.ts',
      use: { baseURL: `http://localhost:${realPort}`, viewport: desktop, locale: 'en-US' },
    },
    // What shoppers get: the streamed document (npm run serve).
    {
      name: 'streamed',
      testMatch: 'streamed/**/*.spec.ts',
      use: { baseURL: `http://localhost:${streamedPort}`, viewport: desktop, locale: 'en-US' },
    },
  ],
  webServer: [
    {
      // The production build with the mock API, plus a metrics endpoint so each load's beacon can
      // be checked (MSW receives it). vite build without npm run build's tsc -b: npm test type-checks first.
      command: `VITE_METRICS_URL=/api/metrics npx vite build && npx vite preview --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: false, // always test the code as it is now, never a stale build
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      // Builds dist-real, then streams; --test-hooks: raw answers and request counts (server/raw-responses.ts).
      command: `npm run serve -- --port ${streamedPort} --test-hooks`,
      url: `http://localhost:${streamedPort}`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      // The same build as a static host: web servers start in order, so dist-real is built by now.
      command: `npx tsx server/serve.ts --port ${realPort} --no-stream --test-hooks`,
      url: `http://localhost:${realPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
  ],
})
