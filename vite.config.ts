import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { dropMockWorker } from './build/drop-mock-worker.ts'
import { earlyStart } from './build/early-start.ts'
import { prerenderShell } from './build/prerender-shell.ts'
import { icuMessages } from './build/icu-messages.ts'

// React only calls Profiler callbacks in its profiling build, which the benchmark asks for.
const profiling = process.env.VITE_PROFILE_RENDERS === 'on'
// With mocking off nothing loads lazily but each language's catalog, so the app ships as one script
// (one request to share a slow connection with the API calls) plus the shopper's catalog.
const mocking = process.env.VITE_API_MOCKING !== 'off'
// The app's version reaches the code as import.meta.env.VITE_APP_VERSION: saved data from another version is dropped.
process.env.VITE_APP_VERSION ??= JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version
// What only some loads need stays in chunks of its own: saving data and the live channel run after
// the first render, and restoring saved data (with TanStack's persister) only when something is saved.
const lazyModules = [
  /src\/api\/saved-data(-writer)?\.ts$/,
  /src\/sections\/notifications\/live-notifications\.ts$/,
  /@tanstack\/(query-async-storage-persister|query-persist-client-core|react-query-persist-client)\//,
  /@tanstack\/query-core\/build\/modern\/hydration\.js$/,
]
const appAndCatalogs = {
  groups: [
    {
      name: 'app',
      test: (id: string) => !id.includes('icu-messages:') && !lazyModules.some((module) => module.test(id)),
    },
  ],
}

export default defineConfig({
  plugins: [react(), icuMessages(), prerenderShell(), earlyStart(), dropMockWorker()],
  resolve: {
    alias: [
      ...(profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : []),
      // Browser mock layer only (tests run MSW in Node without it): see the shim for why.
      { find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) },
    ],
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // 'hidden': maps are written for error reporting but not linked from the shipped files.
    sourcemap: 'hidden',
    manifest: true,
    // Every browser the dashboard supports knows <link rel="modulepreload">: the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: mocking ? true : appAndCatalogs } },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // A ceiling for a test that hangs, not a speed check: on fake time a test's real duration is
    // only CPU, and a busy machine stretches that several-fold (5 s, the default, was reached).
    testTimeout: 30_000,
    unstubGlobals: true,
    unstubEnvs: true,
    // Each worker keeps its environment and modules from one file to the next instead of starting
    // afresh per file (a jsdom and the setup's imports cost more than most files' tests); what files
    // could leave behind, test/setup.ts resets after every test.
    isolate: false,
  },
})
