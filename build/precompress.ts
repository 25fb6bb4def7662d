import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'
import { isMockBuild } from './build-flags.ts'

// The build compresses its output once, at the highest levels, so no request pays for compression
// and the shopper gets the smallest bytes: the server sends the .br or .gz beside each file.

const compressible = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/
const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

async function compressTree(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  // server/ holds what only the server reads (build/streamed-document.ts): never sent, so never compressed.
  const files = entries.filter(
    (entry) => entry.isFile() && compressible.test(entry.name) && !entry.parentPath.startsWith(join(dir, 'server')),
  )
  await Promise.all(
    files.map(async (entry) => {
      const file = join(entry.parentPath, entry.name)
      const data = await readFile(file)
      if (data.length < 1024) return // smaller than a packet: not worth a second encoding
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      }
      await writeFile(`${file}.br`, await brotli(data, { params }))
      await writeFile(`${file}.gz`, await gzipped(data, { level: 9 }))
    }),
  )
}

/** Writes `.br` and `.gz` beside every compressible file of a build meant for the dashboard's server. */
export function precompress(): Plugin {
  let outDir = ''
  let enabled = false
  return {
    name: 'ecomarket-precompress',
    applyToEnvironment: (environment) => environment.name === 'client',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      enabled = !isMockBuild(config)
    },
    async closeBundle() {
      if (enabled) await compressTree(outDir)
    },
  }
}
