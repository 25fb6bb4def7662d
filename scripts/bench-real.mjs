// npm run bench -- --api real [--runs 15] [--conditions cold,warm,slow-network,warm-slow-network,cpu-4x] [--out bench-results/bench-real.json]
//
// The shopper's numbers. The reference API runs alone, in its own process, as the upstream with the
// documented latencies (npm run serve:api); the dashboard's server sits in front of it
// (npm run serve -- --api) and serves the app two ways: streamed (its own document, what shoppers
// get) and as a static host would (/index.html, the head script's requests). Beside them, on the
// same upstream: the zero-framework page that fetches from the browser, the same page streamed by a
// server (the physical limit), and a naive React page (useEffect + fetch). Loads are interleaved
// (every round loads each system once per condition, in a rotating order), so the machine's drift
// hits all systems alike, and budgets are ratios within one run.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, createBuilder } from 'vite'
import { sectionNames } from './app-tables.mjs'
import { startStreamingReference } from './bench-references/zero-framework-streamed.mjs'
import { bundleSizes } from './bundle-sizes.mjs'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { collectLoad, probeInitScript } from './load-probe.mjs'
import { summarize } from './stats.mjs'

const SECTIONS = await sectionNames()
const API_PORT = 4391 // the upstream: the reference API alone
const PORT = 4390 // the dashboard's server, in front of it
const REF_PORT = 4392 // the streamed zero-framework page's own small server
const origin = `http://localhost:${PORT}`
const FRAME_MS = 1000 / 60

export const systems = {
  app: `${origin}/`,
  'app, static host': `${origin}/index.html`,
  'zero-framework': `${origin}/ref/zero/`,
  'zero-framework, streamed': `http://localhost:${REF_PORT}/`,
  'naive React': `${origin}/ref/naive/`,
}

// 150 ms round trip, 1.6 Mbps down, 750 kbps up: a slow mobile connection.
const slowNetwork = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 }

/**
 * Each condition: whether the browser context is fresh per load, and what CDP throttles. A warm
 * context has loaded the page before, so it is a repeat visit: HTTP cache, and the app's saved data.
 */
export const conditions = {
  cold: { cold: true },
  warm: { cold: false },
  'slow-network': { cold: true, network: slowNetwork },
  'warm-slow-network': { cold: false, network: slowNetwork },
  'cpu-4x': { cold: true, cpuRate: 4 },
}

const quiet = { logLevel: 'warn' }

async function buildAll() {
  process.env.VITE_API_MOCKING = 'off' // read by vite.config.ts
  // The app as npm run serve builds it: the client and the server build of its sections.
  await (
    await createBuilder({ ...quiet, build: { outDir: resolve('bench-results/dist-real'), emptyOutDir: true } })
  ).buildApp()
  await build({
    ...quiet,
    configFile: false,
    root: resolve('scripts/bench-references/naive-react'),
    base: '/ref/naive/',
    plugins: [react()],
    build: { outDir: resolve('bench-results/ref/naive'), emptyOutDir: true },
  })
  mkdirSync('bench-results/ref/zero', { recursive: true })
  // One HTML file with its CSS inline, as the practical limit would be; the CSS is shared with naive React.
  const page = readFileSync('scripts/bench-references/zero-framework.html', 'utf8')
  const css = readFileSync('scripts/bench-references/reference.css', 'utf8')
  writeFileSync(
    'bench-results/ref/zero/index.html',
    page.replace(/<style>[^<]*<\/style>/, () => `<style>${css}</style>`),
  )
}

async function startProcess(args, url) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  let exited = false
  child.once('exit', () => (exited = true)) // a port already taken, say: never measure someone else's server
  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error(`${args[0]} stopped before it answered at ${url}`)
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return child
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error(`nothing answered at ${url}`)
}

async function startServers() {
  const upstream = `http://127.0.0.1:${API_PORT}`
  const api = await startProcess(['server/serve-api.ts', '--port', String(API_PORT)], `${upstream}/api/categories`)
  const args = ['server/serve.ts', '--port', String(PORT), '--api', upstream, '--dist', 'bench-results/dist-real']
  args.push('--root', '/ref/zero/=bench-results/ref/zero', '--root', '/ref/naive/=bench-results/ref/naive')
  const dashboard = await startProcess(args, origin)
  const reference = await startStreamingReference({ port: REF_PORT, upstream })
  return () => {
    dashboard.kill()
    api.kill()
    reference.close()
  }
}

async function openPage(browser, condition, context) {
  const ownContext = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 } }))
  const page = await ownContext.newPage()
  await page.addInitScript(probeInitScript)
  const cdp = await ownContext.newCDPSession(page)
  if (condition.network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', condition.network)
  }
  if (condition.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuRate })
  return page
}

async function measure(page, url) {
  await page.goto(url)
  return collectLoad(page, { timeoutMs: 20_000 })
}

/** A warm context per system: one unmeasured load fills its HTTP cache and compiles its scripts. */
async function warmContexts(browser) {
  const contexts = {}
  for (const [system, url] of Object.entries(systems)) {
    contexts[system] = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await openPage(browser, conditions.warm, contexts[system])
    await measure(page, url)
    await page.close()
  }
  return contexts
}

async function loadOnce(browser, conditionName, system, warm) {
  const condition = conditions[conditionName]
  const page = await openPage(browser, condition, condition.cold ? undefined : warm[system])
  try {
    return await measure(page, systems[system])
  } finally {
    if (condition.cold) await page.context().close()
    else await page.close()
  }
}

const firstData = (load) =>
  Math.min(...SECTIONS.filter((s) => ['data', 'empty'].includes(load.states[s])).map((s) => load.painted[s]))
const allSettled = (load) => Math.max(...SECTIONS.map((s) => load.painted[s]))

function summarizeLoads(loads) {
  const paintAfterResponse = {}
  const paintAfterChunk = {}
  for (const name of SECTIONS) {
    paintAfterResponse[name] = summarize(
      loads.map((l) => (l.requests[name] ? l.painted[name] - l.requests[name].end : undefined)),
    )
    // Streamed: from when the server wrote the section to the frame that painted it.
    paintAfterChunk[name] = summarize(
      loads.map((l) => (l.streamedAt?.[name] !== undefined ? l.painted[name] - l.streamedAt[name] : undefined)),
    )
  }
  return {
    firstData: summarize(loads.map(firstData)),
    allSettled: summarize(loads.map(allSettled)),
    skeletons: summarize(loads.map((l) => l.skeletonsVisible)),
    fcp: summarize(loads.map((l) => l.fcp)),
    paintAfterResponse,
    paintAfterChunk,
    clsMax: Math.max(...loads.map((l) => l.cls)),
  }
}

export async function benchReal({ runs, out, conditionNames }) {
  await buildAll()
  const sizes = bundleSizes('bench-results/dist-real')
  const stopServers = await startServers()
  const browser = await launchChromium()
  const loads = {}
  const started = Date.now()
  try {
    const warm = await warmContexts(browser)
    const names = Object.keys(systems)
    for (let round = 0; round < runs; round++) {
      for (const conditionName of conditionNames) {
        // Rotate who goes first, so no system always meets a machine fresh from the previous load.
        for (let i = 0; i < names.length; i++) {
          const system = names[(round + i) % names.length]
          const load = await loadOnce(browser, conditionName, system, warm)
          ;((loads[conditionName] ??= {})[system] ??= []).push(load)
        }
      }
      process.stderr.write(`  round ${round + 1}/${runs}\n`)
    }
  } finally {
    await browser.close()
    stopServers()
  }

  const report = {
    runs,
    date: new Date().toISOString(),
    minutes: (Date.now() - started) / 60_000,
    sizes,
    chromium: chromiumPath,
    results: {},
  }
  for (const conditionName of conditionNames) {
    report.results[conditionName] = {}
    for (const system of Object.keys(systems))
      report.results[conditionName][system] = summarizeLoads(loads[conditionName][system])
  }
  const text = formatReport(report, conditionNames)
  console.log(text)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(report, null, 2))
  console.log(`\nwrote ${out}`)
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(0) : '–')
const pair = (s) => `${ms(s.median)}/${ms(s.p95)}`
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–')

const FETCHING = 'zero-framework'
const STREAMING = 'zero-framework, streamed'

/** The performance budgets (docs/architecture.md): the streamed app's medians as ratios to the reference pages in the same run. */
const budgets = [
  { condition: 'cold', figure: 'firstData', to: FETCHING, max: 1.0, label: 'first data ÷ fetching' },
  { condition: 'cold', figure: 'firstData', to: STREAMING, max: 1.15, label: 'first data ÷ streaming' },
  {
    condition: 'slow-network',
    figure: 'firstData',
    to: FETCHING,
    max: 1.0,
    label: 'first data, slow network ÷ fetching',
  },
  {
    condition: 'slow-network',
    figure: 'firstData',
    to: STREAMING,
    max: 1.15,
    label: 'first data, slow network ÷ streaming',
  },
  { condition: 'cpu-4x', figure: 'firstData', to: FETCHING, max: 1.15, label: 'first data, CPU 4× ÷ fetching' },
  { condition: 'cpu-4x', figure: 'firstData', to: STREAMING, max: 1.5, label: 'first data, CPU 4× ÷ streaming' },
  { condition: 'cold', figure: 'skeletons', to: FETCHING, max: 1.5, label: 'skeletons visible ÷ fetching' },
  { condition: 'cold', figure: 'fcp', to: FETCHING, max: 1.3, label: 'FCP ÷ fetching' },
]

function formatReport(report, conditionNames) {
  const lines = [
    `${report.runs} interleaved loads per system and condition (${report.minutes.toFixed(1)} min, ${report.date}); median/p95 ms from navigation start.`,
  ]
  lines.push(`Initial JS ${report.sizes.initial.gzipKb.toFixed(1)} KB gzip (budget 90).`, '')
  const header = ['condition', 'system', 'first data', 'all settled', 'skeletons', 'FCP', 'CLS']
  lines.push(`| ${header.join(' | ')} |`)
  lines.push(`| ${header.map(() => '---').join(' | ')} |`)
  for (const condition of conditionNames) {
    const results = report.results[condition]
    for (const [system, r] of Object.entries(results)) {
      const vs = system === FETCHING ? '' : ` (${ratio(r.firstData.median, results[FETCHING].firstData.median)})`
      lines.push(
        `| ${[condition, system, `${pair(r.firstData)}${vs}`, pair(r.allSettled), pair(r.skeletons), pair(r.fcp), r.clsMax.toFixed(3)].join(' | ')} |`,
      )
    }
  }
  lines.push('', 'Budgets (the streamed app, medians; ratios to the reference pages in this run):')
  for (const b of budgets) {
    if (!conditionNames.includes(b.condition)) continue
    const results = report.results[b.condition]
    const value = results.app[b.figure].median / results[b.to][b.figure].median
    lines.push(`- ${b.label}: ${value.toFixed(2)}× (budget ≤ ${b.max}×): ${value <= b.max ? 'held' : 'NOT held'}`)
  }
  if (conditionNames.includes('cold')) {
    const chunks = report.results.cold.app.paintAfterChunk
    const paints = SECTIONS.map((s) => `${s} ${ms(chunks[s].median)}/${ms(chunks[s].p95)}`).join(', ')
    const held = SECTIONS.every((s) => chunks[s].median <= FRAME_MS)
    lines.push(
      `- each section painted within a frame (${FRAME_MS.toFixed(1)} ms) of its chunk, CPU 1×, median/p95 ms: ${paints}: ${held ? 'held' : 'NOT held'}`,
    )
  }
  const clsOk = conditionNames.every((c) => report.results[c].app.clsMax === 0)
  lines.push(`- CLS 0 in every condition: ${clsOk ? 'held' : 'NOT held'}`)
  lines.push(
    `- initial JS ≤ 90 KB gzip: ${report.sizes.initial.gzipKb <= 90 ? 'held' : 'NOT held'} (${report.sizes.initial.gzipKb.toFixed(1)} KB)`,
  )
  return lines.join('\n')
}
