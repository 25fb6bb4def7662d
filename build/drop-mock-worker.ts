import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * With mocking off, the build ships no mock service worker: Vite copies `public/` whole, so the
 * worker is removed from the output once it is written.
 */
export function dropMockWorker(): Plugin {
  let worker: string | undefined
  return {
    name: 'ecomarket-drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      // config.env holds .env files and the environment alike, as import.meta.env will.
      if (config.env.VITE_API_MOCKING === 'off')
        worker = resolve(config.root, config.build.outDir, 'mockServiceWorker.js')
    },
    async writeBundle() {
      if (worker) await rm(worker, { force: true })
    },
  }
}
