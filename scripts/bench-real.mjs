// npm run bench -- --api real [--runs 15] [--conditions cold,warm,slow-network,warm-slow-network,cpu-4x] [--out bench-results/bench-real.json]
//
// The shopper's numbers: the mocking-off build on the production-like server (npm run serve) and
// its reference API over real HTTP, next to two reference pages on the same server with the same
// data and section contract: zero-framework (the practical limit) and naive React (useEffect +
// fetch). Loads are interleaved (every round loads each system once per condition, in a rotating
// order), so the machine's drift hits all systems alike, and budgets are ratios within one run.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { sectionNames } from './app-tables.mjs'
import { bundleSizes } from './bundle-sizes.mjs'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { collectLoad, probeInitScript } from './load-probe.mjs'
import { summarize } from './stats.mjs'

const SECTIONS = await sectionNames()
const PORT = 4390
const origin = `http://localhost:${PORT}`

export const systems = {
  app: '/',
  'zero-framework': '/ref/zero/',
  'naive React': '/ref/naive/',
}

/** Each condition: whether the browser context is fresh per load, and what CDP throttles. */
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
  process.env.VITE_API_MOCKING = 'off' // read by vite.config.ts and its plugins
  await build({ ...quiet, build: { outDir: resolve('bench-results/dist-real'), emptyOutDir: true } })
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

async function startServer() {
  const args = ['--import', 'tsx', 'server/serve.ts', '--port', String(PORT), '--dist', 'bench-results/dist-real']
  args.push('--root', '/ref/zero/=bench-results/ref/zero', '--root', '/ref/naive/=bench-results/ref/naive')
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error(`the server did not start on ${origin}`)
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

async function measure(page, path) {
  await page.goto(`${origin}${path}`)
  return collectLoad(page, { timeoutMs: 20_000 })
}

/** A warm context per system: one unmeasured load fills its HTTP cache and compiles its scripts. */
async function warmContexts(browser) {
  const contexts = {}
  for (const [system, path] of Object.entries(systems)) {
    contexts[system] = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await openPage(browser, conditions.warm, contexts[system])
    await measure(page, path)
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
  for (const name of SECTIONS) {
    paintAfterResponse[name] = summarize(
      loads.map((l) => (l.requests[name] ? l.painted[name] - l.requests[name].end : undefined)),
    )
  }
  return {
    firstData: summarize(loads.map(firstData)),
    allSettled: summarize(loads.map(allSettled)),
    skeletons: summarize(loads.map((l) => l.skeletonsVisible)),
    fcp: summarize(loads.map((l) => l.fcp)),
    paintAfterResponse,
    clsMax: Math.max(...loads.map((l) => l.cls)),
  }
}

export async function benchReal({ runs, out, conditionNames }) {
  await buildAll()
  const sizes = bundleSizes('bench-results/dist-real')
  const server = await startServer()
  const browser = await launchChromium()
  const loads = {}
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
    server.kill()
  }

  const report = { runs, sizes, chromium: chromiumPath, results: {} }
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

/** The budgets of DESIGN.md, as ratios of medians to zero-framework in the same run. */
const budgets = [
  { condition: 'cold', figure: 'firstData', max: 1.15, label: 'first data, cold', alsoBelow: 'naive React' },
  { condition: 'cold', figure: 'skeletons', max: 1.5, label: 'skeletons visible, cold' },
  { condition: 'cold', figure: 'fcp', max: 1.3, label: 'FCP, cold' },
  { condition: 'slow-network', figure: 'firstData', max: 1.6, label: 'first data, slow network' },
  { condition: 'slow-network', figure: 'skeletons', max: 1.5, label: 'skeletons visible, slow network' },
  { condition: 'cpu-4x', figure: 'firstData', max: 1.5, label: 'first data, CPU 4×' },
]

function formatReport(report, conditionNames) {
  const lines = [`${report.runs} interleaved loads per system and condition; median/p95 ms from navigation start.`]
  lines.push(`Initial JS ${report.sizes.initial.gzipKb.toFixed(1)} KB gzip (budget 90).`, '')
  const header = [
    'condition',
    'system',
    'first data',
    'all settled',
    'skeletons',
    'FCP',
    'CLS',
    `paint after response (median: ${SECTIONS.join(', ')})`,
  ]
  lines.push(header.join(' | '))
  lines.push(header.map(() => '---').join(' | '))
  for (const condition of conditionNames) {
    const zero = report.results[condition]['zero-framework']
    for (const [system, r] of Object.entries(report.results[condition])) {
      const vs = system === 'zero-framework' ? '' : ` (${ratio(r.firstData.median, zero.firstData.median)})`
      const paints = SECTIONS.map((s) => ms(r.paintAfterResponse[s].median)).join(', ')
      lines.push(
        [
          condition,
          system,
          `${pair(r.firstData)}${vs}`,
          pair(r.allSettled),
          pair(r.skeletons),
          pair(r.fcp),
          r.clsMax.toFixed(3),
          paints,
        ].join(' | '),
      )
    }
  }
  lines.push('', 'Budgets (app ÷ zero-framework, medians):')
  for (const b of budgets) {
    if (!conditionNames.includes(b.condition)) continue
    const results = report.results[b.condition]
    const value = results.app[b.figure].median / results['zero-framework'][b.figure].median
    let ok = value <= b.max
    let extra = ''
    if (b.alsoBelow) {
      const below = results.app[b.figure].median < results[b.alsoBelow][b.figure].median
      ok &&= below
      extra = `, naive React ${ratio(results[b.alsoBelow][b.figure].median, results['zero-framework'][b.figure].median)} (${below ? 'app below it' : 'app NOT below it'})`
    }
    lines.push(`- ${b.label}: ${value.toFixed(2)}× (budget ≤ ${b.max}×)${extra}: ${ok ? 'ok' : 'OVER'}`)
  }
  if (conditionNames.includes('warm')) {
    const paints = report.results.warm.app.paintAfterResponse
    const over = SECTIONS.filter((s) => !(paints[s].median <= 10))
    lines.push(
      `- warm paint after response ≤ 10 ms median per section: ${over.length ? `OVER for ${over.map((s) => `${s} ${ms(paints[s].median)}`).join(', ')}` : 'ok'}`,
    )
  }
  const clsOk = conditionNames.every((c) => report.results[c].app.clsMax === 0)
  lines.push(`- CLS 0 in every condition: ${clsOk ? 'ok' : 'OVER'}`)
  lines.push(
    `- initial JS ≤ 90 KB gzip: ${report.sizes.initial.gzipKb <= 90 ? 'ok' : 'OVER'} (${report.sizes.initial.gzipKb.toFixed(1)} KB)`,
  )
  return lines.join('\n')
}
