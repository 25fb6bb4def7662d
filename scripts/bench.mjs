// npm run bench -- [--runs 20] [--render-runs 5] [--scenarios id,id] [--out bench-results/bench.json]
// npm run bench -- --api real [--runs 15] [--conditions cold,warm,slow-network,warm-slow-network,cpu-4x]: see bench-real.mjs
//
// With --api mock (the default) it measures what developers and demos see. It builds the dashboard, serves it with `vite preview`, and loads it in headless Chromium many times
// per scenario. It measures from outside the app: when each section stops being busy and paints,
// when each request started, layout shift, and the gzip size of the JS. A second build with React's
// profiler counts renders per section.
//
// Loads are "warm" (a reload in a tab whose mock service worker is already installed: what a
// developer or a demo sees, and the closest the mock setup gets to a shopper's page on a real API)
// and, for the documented scenario, also "cold" (a brand-new browser profile, so the service worker
// installs first).
import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { bundleSizes } from './bundle-sizes.mjs'
import { assertChromium, chromiumPath, launchChromium } from './chromium.mjs'
import { collectLoad, probeInitScript } from './load-probe.mjs'
import { build, serve } from './preview-server.mjs'
import { summarize } from './stats.mjs'
import { scenarioTable, sectionNames } from './app-tables.mjs'

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string' },
    'render-runs': { type: 'string', default: '5' },
    scenarios: { type: 'string' },
    out: { type: 'string' },
    api: { type: 'string', default: 'mock' },
    conditions: { type: 'string', default: 'cold,warm,slow-network,warm-slow-network,cpu-4x' },
  },
})
if (!['mock', 'real'].includes(options.api)) {
  console.error(`--api takes mock or real, not "${options.api}".`)
  process.exit(2)
}
assertChromium() // before spending time on builds
if (options.api === 'real') {
  const { benchReal, conditions } = await import('./bench-real.mjs')
  const conditionNames = options.conditions.split(',')
  const unknown = conditionNames.filter((name) => !(name in conditions))
  if (unknown.length) {
    console.error(`Unknown condition ${unknown.join(', ')}; choose from ${Object.keys(conditions).join(', ')}.`)
    process.exit(2)
  }
  await benchReal({
    runs: Number(options.runs ?? 15),
    out: options.out ?? 'bench-results/bench-real.json',
    conditionNames,
  })
  process.exit(0)
}
options.out ??= 'bench-results/bench.json'
const runs = Number(options.runs ?? 20)
const renderRuns = Number(options['render-runs'])

const scenarios = (await scenarioTable()).filter(
  (s) => !options.scenarios || options.scenarios.split(',').includes(s.id),
)
const SECTIONS = await sectionNames()

const newPage = async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(probeInitScript)
  return page
}

/** N loads of one URL: warm ones share a tab, after one unmeasured load that installs the worker. */
async function loadMany(browser, url, count, { cold = false } = {}) {
  const loads = []
  let page = cold ? null : await newPage(browser)
  if (page) await loadOnce(page, url)
  for (let i = 0; i < count; i++) {
    if (cold) page = await newPage(browser)
    loads.push(await loadOnce(page, url))
    if (cold) await page.context().close()
  }
  if (!cold) await page.context().close()
  return loads
}

async function loadOnce(page, url) {
  await page.goto(url)
  const load = await collectLoad(page, { timeoutMs: 20_000 })
  const extra = await page.evaluate(() => ({
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('ecomarket:'))
        .map((m) => [m.name.slice(10), m.startTime]),
    ),
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    documentEnd: performance.getEntriesByType('navigation')[0]?.responseEnd,
    renderLog: window.__renderLog ?? [],
  }))
  return { ...load, ...extra }
}

/** Renders per section, and renders that changed nothing the section shows (a sibling's doing). */
function analyseRenders(log) {
  const result = {}
  const changedAt = new Map() // commitTime -> sections whose display changed in that commit
  const previous = {}
  for (const record of log) {
    if (record.phase !== 'mount' && previous[record.id] !== record.shows) {
      changedAt.set(record.commitTime, [...(changedAt.get(record.commitTime) ?? []), record.id])
    }
    previous[record.id] = record.shows
  }
  const last = {}
  for (const record of log) {
    const entry = (result[record.id] ??= { renders: 0, unchanged: 0, bySibling: 0 })
    entry.renders++
    if (record.phase !== 'mount' && last[record.id] === record.shows) {
      entry.unchanged++
      if ((changedAt.get(record.commitTime) ?? []).some((id) => id !== record.id)) entry.bySibling++
    }
    last[record.id] = record.shows
  }
  return result
}

const fmt = (v) => (Number.isFinite(v) ? v.toFixed(0) : '–')
const pad = (text, width) => String(text).padStart(width)

await build('dist')
const sizes = bundleSizes('dist')
await build('bench-results/dist-profile', { VITE_PROFILE_RENDERS: 'on' })
const browser = await launchChromium()
const timingServer = await serve('dist', 4173)
const profileServer = await serve('bench-results/dist-profile', 4174)

const results = []
try {
  // Unmeasured loads first, so the first scenario doesn't pay for a cold browser, server and disk.
  await loadMany(browser, timingServer.url, 5)
  await loadMany(browser, profileServer.url, 2)
  for (const scenario of scenarios) {
    const loads = await loadMany(browser, `${timingServer.url}?scenario=${scenario.id}`, runs)
    const renderLoads = await loadMany(browser, `${profileServer.url}?scenario=${scenario.id}`, renderRuns)
    const coldLoads =
      scenario.id === 'documented'
        ? await loadMany(browser, `${timingServer.url}?scenario=${scenario.id}`, runs, { cold: true })
        : []
    results.push({ scenario, loads, coldLoads, renders: renderLoads.map((l) => analyseRenders(l.renderLog)) })
    process.stderr.write(
      `  ${scenario.id}: ${runs} warm + ${renderRuns} profiled${coldLoads.length ? ` + ${runs} cold` : ''} loads\n`,
    )
  }
} finally {
  await browser.close()
  await timingServer.stop()
  await profileServer.stop()
}

// ---- report ----
const report = {
  machine: `${execSync('nproc').toString().trim()} cores, Node ${process.version}, ${execSync(`${chromiumPath} --version 2>/dev/null`).toString().trim()}`,
  runs,
  renderRuns,
  sizes,
  scenarios: [],
}
const lines = []
const budgetMark = (ok) => (ok ? 'ok' : 'OVER')
lines.push(
  `Machine: ${report.machine}. ${runs} warm loads per scenario, ${renderRuns} more for render counts; ${runs} cold loads of documented.`,
)
lines.push(
  `Initial JS ${sizes.initial.gzipKb.toFixed(1)} KB gzip (budget 90: ${budgetMark(sizes.initial.gzipKb <= 90)}); mock layer ${sizes.mockLayer.gzipKb.toFixed(1)} KB; developer panel ${sizes.devPanel.gzipKb.toFixed(1)} KB, both lazy.`,
)
lines.push('')
lines.push(
  `${'scenario'.padEnd(22)} ${'first data'.padStart(13)} ${'all settled'.padStart(13)} ${'CLS max'.padStart(8)}   per section: painted since its request started, median/p95 ms (latency) [renders max, by sibling]`,
)
// An empty list is an answer too: the section shows its empty state, not a skeleton.
const firstDataOf = (loads) =>
  summarize(
    loads.map((l) =>
      Math.min(...SECTIONS.filter((s) => ['data', 'empty'].includes(l.states[s])).map((s) => l.painted[s])),
    ),
  )
for (const { scenario, loads, coldLoads, renders } of results) {
  const firstData = firstDataOf(loads)
  const allSettled = summarize(loads.map((l) => Math.max(...SECTIONS.map((s) => l.painted[s]))))
  const cls = Math.max(...loads.map((l) => l.cls))
  const sections = {}
  const cells = SECTIONS.map((name) => {
    const sinceRequest = summarize(
      loads.map((l) => (l.requests[name] ? l.painted[name] - l.requests[name].start : undefined)),
    )
    const fromNavigation = summarize(loads.map((l) => l.painted[name]))
    const renderMax = Math.max(...renders.map((r) => r[name]?.renders ?? 0))
    const siblingMax = Math.max(...renders.map((r) => r[name]?.bySibling ?? 0))
    const behaviour = scenario.endpoints[name]
    const dataOnFirstTry =
      scenario.expect[name] !== 'timeout' &&
      !behaviour.failFirst &&
      ['ok', 'empty', 'malformed'].includes(behaviour.outcome)
    sections[name] = {
      sinceRequest,
      fromNavigation,
      renderMax,
      siblingMax,
      latencyMs: behaviour.latencyMs,
      paintBudgetMs: dataOnFirstTry ? behaviour.latencyMs + 20 : null,
      states: loads.map((l) => l.states[name]),
    }
    return `${name} ${fmt(sinceRequest.median)}/${fmt(sinceRequest.p95)} (${behaviour.outcome === 'timeout' ? '∞' : behaviour.latencyMs}) [${renderMax}, ${siblingMax}]`
  })
  const cold = coldLoads.length
    ? {
        firstData: firstDataOf(coldLoads),
        clsMax: Math.max(...coldLoads.map((l) => l.cls)),
        startup: startupBreakdown(coldLoads),
      }
    : undefined
  report.scenarios.push({
    id: scenario.id,
    firstData,
    allSettled,
    clsMax: cls,
    sections,
    startup: startupBreakdown(loads),
    cold,
  })
  lines.push(
    `${scenario.id.padEnd(22)} ${pad(`${fmt(firstData.median)}/${fmt(firstData.p95)}`, 13)} ${pad(`${fmt(allSettled.median)}/${fmt(allSettled.p95)}`, 13)} ${pad(cls.toFixed(3), 8)}   ${cells.join('  ')}`,
  )
}

function startupBreakdown(loads) {
  const pick = (f) => summarize(loads.map(f)).median
  return {
    documentReceived: pick((l) => l.documentEnd),
    entryScriptLoaded: pick((l) => l.scripts.find((s) => /\/assets\/index-/.test(s.name))?.end),
    appBoot: pick((l) => l.marks.boot),
    mockScriptLoaded: pick((l) => l.scripts.find((s) => /\/assets\/browser-/.test(s.name))?.end),
    mocksEvaluated: pick((l) => l.marks['mocks-loaded']),
    mocksReady: pick((l) => l.marks['mocks-ready']),
    requestsStarted: pick((l) => l.marks['requests-started']),
    firstFrame: pick((l) => l.marks['first-frame']),
  }
}

const documented = report.scenarios.find((s) => s.id === 'documented')
if (documented) {
  lines.push('')
  lines.push('Documented scenario, start-up (median ms from navigation start):')
  lines.push(
    '  warm: ' +
      Object.entries(documented.startup)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(' → '),
  )
  lines.push(
    '  cold: ' +
      Object.entries(documented.cold.startup)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(' → '),
  )
  lines.push(
    `  cold first data: median ${fmt(documented.cold.firstData.median)}, p95 ${fmt(documented.cold.firstData.p95)}; CLS max ${documented.cold.clsMax.toFixed(3)}`,
  )
  lines.push(
    `  First data budget (warm): median ≤ 200 (${budgetMark(documented.firstData.median <= 200)}), p95 ≤ 250 (${budgetMark(documented.firstData.p95 <= 250)}).`,
  )
  const paintOver = SECTIONS.filter(
    (n) => documented.sections[n].sinceRequest.median > documented.sections[n].paintBudgetMs,
  )
  lines.push(
    `  Each section painted ≤ latency + 20 ms after its request (median): ${paintOver.length ? `OVER for ${paintOver.join(', ')}` : 'ok'}.`,
  )
}
const timeoutScenario = report.scenarios.find((s) => s.id === 'notifications-timeout')
if (timeoutScenario)
  lines.push(
    `notifications-timeout, all four settled ≤ 2200 ms: median ${fmt(timeoutScenario.allSettled.median)}, p95 ${fmt(timeoutScenario.allSettled.p95)} (${budgetMark(timeoutScenario.allSettled.p95 <= 2200)}).`,
  )
lines.push(
  `CLS 0.000 in every scenario: ${budgetMark(report.scenarios.every((s) => s.clsMax === 0 && (s.cold?.clsMax ?? 0) === 0))}.`,
)
const renderOk = report.scenarios.every((s) =>
  SECTIONS.every((n) => s.sections[n].siblingMax === 0 && (s.id !== 'documented' || s.sections[n].renderMax <= 3)),
)
lines.push(
  `Renders: ≤ 3 per section in the documented load and none caused by a sibling in any scenario: ${budgetMark(renderOk)}.`,
)

console.log(lines.join('\n'))
mkdirSync(dirname(options.out), { recursive: true })
writeFileSync(options.out, JSON.stringify(report, null, 2))
console.log(`\nwrote ${options.out}`)
