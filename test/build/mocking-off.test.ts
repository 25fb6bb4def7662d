// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { build } from 'vite'
import { bundleSizes } from '../../scripts/bundle-sizes.mjs'

const devtoolsText: [marker: string, source: string][] = [
  ['mock settings in the URL were not understood', 'src/devtools/scenario-warnings-markup.ts'],
  ['Mock API', 'src/devtools/dev-tools.tsx'],
  ['TanStack Query devtools', 'src/devtools/dev-tools.tsx'],
  ['Run all five', 'src/devtools/strategies-tab.tsx'],
  ['Time to first data', 'src/devtools/history-tab.tsx'],
]

// Selectors of developer-tools CSS, each checked against the stylesheet that holds it.
const devtoolsCss: [selector: string, source: string][] = [
  ['.scenario-warnings', 'src/devtools/first-paint.css'],
  ['.page__bar--beside-tools', 'src/devtools/first-paint.css'],
  ['.devtools-toggle', 'src/devtools/dock.css'],
]

const outDir = mkdtempSync(join(tmpdir(), 'ecomarket-off-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

test(
  'a build with VITE_API_MOCKING=off contains no mock code and no developer-tools text or CSS',
  { timeout: 60_000 },
  async () => {
    process.env.VITE_API_MOCKING = 'off'
    try {
      await build({ logLevel: 'silent', mode: 'production', build: { outDir, emptyOutDir: true } })
    } finally {
      delete process.env.VITE_API_MOCKING
    }
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const scripts = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'))
    const code = Object.fromEntries(scripts.map((file) => [file, readFileSync(join(outDir, 'assets', file), 'utf8')]))
    const filesWith = (marker: string) => scripts.filter((file) => code[file].includes(marker))
    expect(html).not.toContain('mockServiceWorker')
    // No live socket unless configured (VITE_LIVE_URL) or the server that sends the page has one.
    expect(html).toContain('<meta name="ecomarket-live" content="off">')
    // Strings only the mock layer has: MSW's worker handshake, the scenario registry, the developer panel.
    for (const marker of [
      'MOCK_ACTIVATE',
      'INTEGRITY_CHECK',
      'notifications-timeout',
      'Developer panel',
      'ecomarketMocks',
    ]) {
      expect(filesWith(marker), marker).toEqual([])
    }
    // Developer-tools text, each checked against the source that holds it, so a reworded marker can't pass unnoticed.
    for (const [marker, source] of devtoolsText) {
      expect(readFileSync(source, 'utf8'), `${source} still says "${marker}"`).toContain(marker)
      expect(filesWith(marker), marker).toEqual([])
    }
    expect(filesWith('/api/products')).not.toEqual([]) // the app itself is there
    // The entry chunk is imported by no other chunk, so the loader's retry under another URL runs the app once.
    const entry = scripts.find((file) => /^main-[\w-]+\.js$/.test(file))!
    expect(filesWith(entry)).toEqual([])
    // No developer-tools CSS either, inlined in the page or in a stylesheet.
    const stylesheets = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.css'))
    const css = stylesheets.map((file) => readFileSync(join(outDir, 'assets', file), 'utf8'))
    expect(html).toContain('.section__header') // the first paint's CSS is inlined in the page
    for (const [selector, source] of devtoolsCss) {
      expect(readFileSync(source, 'utf8'), `${source} no longer has ${selector}`).toContain(`${selector} {`)
      expect(html, selector).not.toContain(selector)
      expect(
        stylesheets.filter((_, index) => css[index].includes(selector)),
        selector,
      ).toEqual([])
    }
    // No mock worker to register, and no source map that the shipped files point to.
    expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(false)
    expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true) // the rest of public/ still ships
    const shipped = readdirSync(join(outDir, 'assets')).filter((file) => /\.(js|css)$/.test(file))
    const linked = shipped.filter((file) =>
      readFileSync(join(outDir, 'assets', file), 'utf8').includes('sourceMappingURL'),
    )
    expect(linked).toEqual([])
  },
)

test('the shopper’s initial JS stays within its budget: 90 KB gzip', { timeout: 60_000 }, () => {
  // In a process of its own: Vitest's NODE_ENV=test would build React's development bundles.
  const out = mkdtempSync(join(tmpdir(), 'ecomarket-size-'))
  try {
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'silent', '--outDir', out],
      {
        env: { ...process.env, NODE_ENV: 'production', VITE_API_MOCKING: 'off' },
      },
    )
    const { gzipKb } = bundleSizes(out).initial
    expect(gzipKb, `initial JS ${gzipKb.toFixed(2)} KB gzip`).toBeLessThanOrEqual(90)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})

test(
  'the switch in a .env file turns mocking off everywhere at once: code, chunking, the page and the build’s output',
  { timeout: 60_000 },
  async () => {
    const envDir = mkdtempSync(join(tmpdir(), 'ecomarket-env-'))
    const out = join(envDir, 'dist')
    writeFileSync(join(envDir, '.env'), 'VITE_API_MOCKING=off\n')
    try {
      await build({ logLevel: 'silent', mode: 'production', envDir, build: { outDir: out, emptyOutDir: true } })
      const assets = readdirSync(join(out, 'assets'))
      // The code: no mock layer. The chunking: the app is one script (no render module of its own).
      for (const file of assets.filter((name) => name.endsWith('.js')))
        expect(readFileSync(join(out, 'assets', file), 'utf8'), file).not.toContain('MOCK_ACTIVATE')
      expect(assets.filter((name) => /^(render-app|browser)-.*\.js$/.test(name))).toEqual([])
      // The page: the static host's head script, not the worker's. The output: no worker, and compressed files.
      const html = readFileSync(join(out, 'index.html'), 'utf8')
      expect(html).toContain('__ecomarketEarly')
      expect(html).not.toContain('mockServiceWorker')
      expect(existsSync(join(out, 'mockServiceWorker.js'))).toBe(false)
      expect(existsSync(join(out, 'index.html.br'))).toBe(true)
    } finally {
      rmSync(envDir, { recursive: true, force: true })
    }
  },
)
