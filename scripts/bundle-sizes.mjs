// Gzip sizes of a Vite build, from its manifest: the JS a shopper downloads before the first
// render (the entry, the render module it loads at once, and their static imports), and each
// lazily loaded layer on its own.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const gzipKb = (dist, file) => gzipSync(readFileSync(join(dist, file))).length / 1024

/** Files reached from `key` through static imports only. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const next of manifest[key].imports ?? []) staticClosure(manifest, next, seen)
  return seen
}

export function bundleSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
  const initial = staticClosure(manifest, entryKey)
  // The entry loads these at once, so the shopper downloads them before the first render too.
  for (const key of ['src/app/render-app.tsx']) if (manifest[key]) staticClosure(manifest, key, initial)
  const layer = (source) => {
    if (!manifest[source]) return { files: [], gzipKb: 0 }
    const files = [...staticClosure(manifest, source)]
      .filter((key) => !initial.has(key))
      .map((key) => manifest[key].file)
    return { files, gzipKb: files.reduce((sum, file) => sum + gzipKb(dist, file), 0) }
  }
  const initialFiles = [...initial].map((key) => manifest[key].file)
  // Each language's compiled catalog (vite-plugin-icu-messages.ts) loads alongside the render module,
  // before the first render: a shopper downloads the initial JS plus one of these.
  const catalogs = {}
  for (const key of Object.keys(manifest)) {
    const locale = /^icu-messages:.*\/([\w-]+)$/.exec(key)?.[1]
    if (locale) catalogs[locale] = layer(key)
  }
  return {
    initial: { files: initialFiles, gzipKb: initialFiles.reduce((sum, file) => sum + gzipKb(dist, file), 0) },
    catalogs,
    mockLayer: layer('mocks/browser.ts'),
    devPanel: layer('src/devtools/dev-tools.tsx'),
  }
}
