// Usage: node scripts/observe.mjs <url>
// Loads the dashboard once in headless Chromium and prints when each section settled and how.
import { launchChromium } from './chromium.mjs'
import { collectLoad, probeInitScript } from './load-probe.mjs'

const url = process.argv[2] ?? 'http://localhost:5173/'
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
const problems = []
page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`))
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
await page.addInitScript(probeInitScript)
await page.goto(url)
const load = await collectLoad(page)
for (const name of load.order) {
  const request = load.requests[name]
  const since = request
    ? ` (request started ${request.start.toFixed(0)} ms, answered ${request.end.toFixed(0)} ms)`
    : ''
  console.log(
    `${name.padEnd(14)} settled ${load.settled[name].toFixed(0).padStart(5)} ms  ${load.states[name]}${since}`,
  )
}
console.log(`CLS ${load.cls.toFixed(3)}; console problems: ${problems.length ? problems.join(' | ') : 'none'}`)
await browser.close()
