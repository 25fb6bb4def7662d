import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { loadEnv } from 'vite'
import { defineConfig } from 'vitest/config'
import { dropMockWorker } from './build/drop-mock-worker.ts'
import { icuMessages } from './build/icu-messages.ts'
import { ENTRY, pageHtml } from './build/page-html.ts'
import { precompress } from './build/precompress.ts'
import { streamedDocument } from './build/streamed-document.ts'

const appVersion: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version

// What only some loads need stays in chunks of its own: saving data and the live channel run after
// the first render, and restoring saved data (with TanStack's persister) only when something is saved.
const lazyModules = [
  /src\/api\/saved-data(-writer)?\.ts$/,
  /src\/sections\/notifications\/live-notifications\.ts$/,
  // The live region's watcher starts after the first render.
  /src\/ui\/(section-watch|announcements)\.ts$/,
  // Only a streamed page reads streamed answers; the loader preloads this chunk there.
  /src\/app\/streamed-answers\.ts$/,
  /@tanstack\/(query-async-storage-persister|query-persist-client-core|react-query-persist-client)\//,
  /@tanstack\/query-core\/build\/modern\/hydration\.js$/,
]
// With mocking off nothing else loads lazily but each language's catalog, so the app ships as one
// script (one request to share a slow connection with the API calls) plus the shopper's catalog.
const appAndCatalogs = {
  groups: [
    {
      name: 'app',
      // index.html is an input of its own with nothing to run: its module stays out of the app's chunk.
      test: (id: string) =>
        !id.endsWith('.html') && !id.includes('icu-messages:') && !lazyModules.some((module) => module.test(id)),
    },
  ],
}

export default defineConfig(({ mode }) => {
  // The one reading of the build's switches, from the environment and .env files alike; every
  // plugin and the code itself (through __MOCK_API__) get them from here.
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const mocking = env.VITE_API_MOCKING !== 'off'
  // React only calls Profiler callbacks in its profiling build, which the benchmark asks for.
  const profiling = env.VITE_PROFILE_RENDERS === 'on'
  return {
    define: {
      __MOCK_API__: JSON.stringify(mocking),
      // Saved data from another version of the app is dropped (src/api/saved-data.ts).
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion),
    },
    plugins: [
      react(),
      icuMessages(),
      pageHtml({ mocking, apiBase: env.VITE_API_BASE_URL ?? '', appVersion }),
      dropMockWorker({ mocking }),
      // The dashboard's server (npm run serve) streams sections rendered by a server build of the components.
      streamedDocument({ enabled: !mocking }),
      precompress({ enabled: !mocking }),
    ],
    resolve: {
      alias: [
        ...(profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : []),
        // Browser mock layer only (tests run MSW in Node without it): see the shim for why.
        { find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) },
      ],
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: { target: 'es2022' },
    environments: {
      client: {
        build: {
          // 'hidden': maps are written for error reporting but not linked from the shipped files.
          sourcemap: 'hidden',
          manifest: true,
          // Every browser the dashboard supports knows <link rel="modulepreload">: the polyfill is dead weight.
          modulePreload: { polyfill: false },
          rolldownOptions: {
            // index.html holds no script: build/page-html.ts adds the entry's loader and everything else.
            input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), main: ENTRY },
            output: { codeSplitting: mocking ? true : appAndCatalogs },
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      setupFiles: ['test/setup.ts'],
      restoreMocks: true,
    },
  }
})
