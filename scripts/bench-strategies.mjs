// npm run bench:strategies -- [--runs 5] [--scenario notifications-timeout] [--out bench-results/strategies.json]
//
// Runs the study's five coordination strategies in headless Chromium, through the developer
// panel's Strategies tab on the production build, and prints their medians next to the figures the
// study published for the same case (its notifications endpoint hung for 10 s with no timeout;
// here the API client's 2 s timeout bounds it).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { assertChromium, launchChromium } from './chromium.mjs'
import { build, serve } from './preview-server.mjs'
import { summarize } from './stats.mjs'

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scenario: { type: 'string', default: 'notifications-timeout' },
    out: { type: 'string', default: 'bench-results/strategies.json' },
  },
})

assertChromium() // before spending time on a build

// The study's table (seed/ecomarket-async-strategy.es.md). It timed sequential code only without
// a hung endpoint (1,100 ms in all), so that row has no published figure for this case.
const study = {
  sequential: { total: '–', firstData: '–', successes: '–' },
  'all-settled': { total: '10,000 ms', firstData: '10,000 ms', successes: '3/4 (75%)' },
  'all-or-nothing': { total: '10,000 ms', firstData: 'ERROR', successes: '0/4 (0%)' },
  'first-completed': { total: '10,000 ms', firstData: '100 ms', successes: '3/4 (75%)' },
  progressive: { total: '10,000 ms', firstData: '100 ms', successes: '3/4 (75%)' },
}

async function runOnce(page, url) {
  await page.goto(url)
  await page.waitForFunction(() => document.querySelectorAll('section[aria-busy="false"]').length === 4, null, {
    timeout: 15_000,
  })
  await page.getByRole('button', { name: /mock api/i }).click()
  await page.getByRole('tab', { name: 'Strategies' }).click()
  await page.getByRole('button', { name: 'Run all five' }).click()
  await page.waitForFunction(() => document.querySelectorAll('tr[data-done]').length === 5, null, { timeout: 60_000 })
  return page.$$eval('tr[data-strategy]', (rows) =>
    rows.map((row) => {
      const cell = (field) => row.querySelector(`[data-field="${field}"]`)?.textContent ?? ''
      const id = row.getAttribute('data-strategy')
      return {
        id,
        label: row.querySelector('th')?.firstChild?.textContent ?? id,
        total: cell('total'),
        firstData: cell('first-data'),
        successes: cell('successes'),
        order: document.querySelector(`[data-strategy-order="${id}"]`)?.textContent ?? '',
      }
    }),
  )
}

await build('dist')
const server = await serve('dist', 4173)
const browser = await launchChromium()
const runs = []
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  for (let i = 0; i < Number(options.runs); i++)
    runs.push(await runOnce(page, `${server.url}?scenario=${options.scenario}`))
} finally {
  await browser.close()
  await server.stop()
}

const number = (text) => (/^\d+/.test(text) ? Number.parseInt(text, 10) : NaN)
const median = (values) => summarize(values).median
const rows = runs[0].map(({ id, label }) => {
  const mine = runs.map((run) => run.find((row) => row.id === id))
  const firstData = mine.map((row) => number(row.firstData))
  return {
    id,
    label,
    totalMs: median(mine.map((row) => number(row.total))),
    firstDataMs: firstData.some(Number.isNaN) ? null : median(firstData),
    successes: mine[0].successes,
    order: mine[0].order,
    study: study[id],
  }
})

const pad = (text, width) => String(text).padEnd(width)
const ms = (value) => (value === null ? 'ERROR' : `${Math.round(value).toLocaleString('en')} ms`)
console.log(
  `Scenario ${options.scenario}; median of ${runs.length} runs in headless Chromium (production build, mock API).`,
)
console.log('')
console.log(
  `${pad('strategy', 44)} ${pad('total', 10)} ${pad('first data', 11)} ${pad('successes', 10)}| study: ${pad('total', 10)} ${pad('first data', 11)} successes`,
)
for (const row of rows) {
  console.log(
    `${pad(row.label, 44)} ${pad(ms(row.totalMs), 10)} ${pad(ms(row.firstDataMs), 11)} ${pad(row.successes, 10)}|        ${pad(row.study.total, 10)} ${pad(row.study.firstData, 11)} ${row.study.successes}`,
  )
}
console.log('')
for (const row of rows) console.log(`${pad(row.label, 44)} ${row.order}`)
mkdirSync(dirname(options.out), { recursive: true })
writeFileSync(options.out, JSON.stringify({ scenario: options.scenario, runs, rows }, null, 2))
console.log(`\nwrote ${options.out}`)
