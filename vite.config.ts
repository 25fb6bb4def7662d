import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { dropMockWorker } from './vite-plugin-drop-mock-worker.ts'
import { earlyStart } from './vite-plugin-early-start.ts'

// React only calls Profiler callbacks in its profiling build, which the benchmark asks for.
const profiling = process.env.VITE_PROFILE_RENDERS === 'on'

export default defineConfig({
  plugins: [react(), earlyStart(), dropMockWorker()],
  resolve: {
    alias: [
      ...(profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : []),
      // Browser mock layer only (tests run MSW in Node without it): see the shim for why.
      { find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) },
    ],
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // 'hidden': maps are written for error reporting but not linked from the shipped files.
  build: { target: 'es2022', sourcemap: 'hidden', manifest: true },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
})
