import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { loadEnv } from 'vite'
import { defineConfig } from 'vitest/config'
import { buildFlags, ENTRY } from './build/build-flags.ts'
import { dropMockWorker } from './build/drop-mock-worker.ts'
import { icuMessages } from './build/icu-messages.ts'
import { pageHtml } from './build/page-html.ts'
import { precompress } from './build/precompress.ts'
import { streamedDocument } from './build/streamed-document.ts'

const appVersion: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  // React only calls Profiler callbacks in its profiling build, which the benchmark asks for.
  const profiling = env.VITE_PROFILE_RENDERS === 'on'
  return {
    define: {
      // Saved data from another version of the app is dropped (src/api/saved-data.ts).
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion),
    },
    plugins: [
      // VITE_API_MOCKING and VITE_LIVE_URL, read once: the __MOCK_API__ constant and the chunking, and the live
      // socket's setting; the plugins below read them back.
      buildFlags(),
      react(),
      icuMessages(),
      pageHtml({ appVersion }),
      dropMockWorker(),
      // The dashboard's server (npm run serve) streams sections rendered by a server build of the components.
      streamedDocument(),
      precompress(),
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
          // No preload helper in the app's chunk (about 0.25 KB of the 90 KB budget): what the first
          // render needs is preloaded by the page's loader (src/app/head/start-app.ts), and a chunk
          // loaded after hydration may fetch its own imports one step later.
          modulePreload: false,
          rolldownOptions: {
            // index.html holds no script: build/page-html.ts adds the entry's loader and everything else.
            input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), main: ENTRY },
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
  }
})
