import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

// Compresses the build once, at the highest levels, so no request pays for compression and the
// shopper gets the smallest bytes: @fastify/static serves the .br or .gz beside each file.

const compressible = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(path)
    else if (compressible.test(entry.name)) yield path
  }
}

const isFresh = (source: string, target: string) => {
  try {
    return statSync(target).mtimeMs >= statSync(source).mtimeMs
  } catch {
    return false
  }
}

export function precompress(dir: string): void {
  for (const file of filesUnder(dir)) {
    const data = readFileSync(file)
    if (data.length < 1024) continue // smaller than a packet: not worth a second encoding
    if (!isFresh(file, `${file}.br`)) {
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      }
      writeFileSync(`${file}.br`, brotliCompressSync(data, { params }))
    }
    if (!isFresh(file, `${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
  }
}
