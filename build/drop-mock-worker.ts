import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { isMockBuild } from './build-flags.ts'

/**
 * With mocking off, the build ships no mock service worker: Vite copies `public/` whole, so the
 * worker is removed from the output once it is written.
 */
export function dropMockWorker(): Plugin {
  let worker: string | undefined
  return {
    name: 'ecomarket-drop-mock-worker',
    applyToEnvironment: (environment) => environment.name === 'client',
    apply: 'build',
    configResolved(config) {
      if (!isMockBuild(config)) worker = resolve(config.root, config.build.outDir, 'mockServiceWorker.js')
    },
    async writeBundle() {
      if (worker) await rm(worker, { force: true })
    },
  }
}
