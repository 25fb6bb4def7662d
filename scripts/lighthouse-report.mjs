// Prints each Lighthouse run that `npm run lighthouse` saved (bench-results/lighthouse): its
// scores and the timings behind the performance score, total blocking time first.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = 'bench-results/lighthouse'
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
const ms = (lhr, id) => Math.round(lhr.audits[id].numericValue)
const rows = manifest.map((entry) => {
  const lhr = JSON.parse(readFileSync(entry.jsonPath, 'utf8'))
  const score = (id) => Math.round(lhr.categories[id].score * 100)
  return {
    median: entry.isRepresentativeRun ? 'median' : '',
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best practices': score('best-practices'),
    'TBT ms': ms(lhr, 'total-blocking-time'),
    'FCP ms': ms(lhr, 'first-contentful-paint'),
    'LCP ms': ms(lhr, 'largest-contentful-paint'),
    'SI ms': ms(lhr, 'speed-index'),
    CLS: lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  }
})
console.log(`Lighthouse, mobile preset, ${rows.length} runs (${new Date().toISOString()}):`)
console.table(rows)
