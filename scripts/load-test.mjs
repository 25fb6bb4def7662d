// npm run load-test -- [--connections 200] [--seconds 30] [--rounds 2] [--leave-every 10] [--out bench-results/load-test.json]
//
// The dashboard's server under load, as shoppers would load it: the reference API in its own
// process with the documented latencies (the upstream), the dashboard's server in front of it
// (npm run serve -- --api), and `--connections` browsers-worth of clients, each asking for the
// streamed document again as soon as it has read the last one, for `--seconds`. Every
// `--leave-every`th client leaves after the first chunk, as a shopper closing the tab. It reports
// requests/s, time to first byte and to the last chunk (p50/p95/p99), errors, the server's memory
// before and after, and how many upstream calls the leaving clients ended. The load comes in
// `--rounds` windows on the same server: memory is flat when a later round ends no higher than the
// first (the heap grows to what the load needs once, then stays).
import { spawn } from 'node:child_process'
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { request, Agent } from 'node:http'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { summarize } from './stats.mjs'

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '2' },
    'leave-every': { type: 'string', default: '10' },
    dist: { type: 'string', default: 'dist-real' },
    out: { type: 'string', default: 'bench-results/load-test.json' },
  },
})
const connections = Number(values.connections)
const seconds = Number(values.seconds)
const leaveEvery = Number(values['leave-every'])
const API_PORT = 4491
const PORT = 4490
const SESSION = 'load-test'

async function start(args, url) {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      ...(process.env.PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.PROFILE_DIR] : []),
      '--import',
      'tsx',
      ...args,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  for (let i = 0; i < 100; i++) {
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

/** Resident memory of a process, in MB (Linux). */
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024

const upstream = `http://127.0.0.1:${API_PORT}`
const api = await start(
  ['server/serve-api.ts', '--port', String(API_PORT), '--test-hooks'],
  `${upstream}/api/categories`,
)
const server = await start(
  ['server/serve.ts', '--port', String(PORT), '--api', upstream, '--dist', values.dist],
  `http://127.0.0.1:${PORT}/`,
)
// Every call carries this session's cookie, so the upstream counts this run's requests apart.
await fetch(`${upstream}/__scenario`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ search: '', session: SESSION }),
})

const agent = new Agent({ keepAlive: true, maxSockets: connections })
const results = { ttfb: [], lastChunk: [], errors: 0, incomplete: 0, left: 0, done: 0 }

/** One page load: time to the first byte of the body and to its last; optionally leaves after the first chunk. */
function load(leave) {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/',
        agent,
        headers: { 'accept-encoding': 'br', cookie: `ecomarket-scenario=${SESSION}` },
      },
      (res) => {
        let first = true
        let body = 0
        res.on('data', (chunk) => {
          body += chunk.length
          if (!first) return
          first = false
          results.ttfb.push(performance.now() - t0)
          if (leave) {
            results.left++
            req.destroy()
            resolve()
          }
        })
        res.on('end', () => {
          if (res.statusCode !== 200) results.errors++
          else if (body === 0) results.incomplete++
          else {
            results.lastChunk.push(performance.now() - t0)
            results.done++
          }
          resolve()
        })
        res.on('error', () => resolve())
      },
    )
    req.on('error', () => {
      if (!leave) results.errors++
      resolve()
    })
    req.end()
  })
}

// A short warm-up, so the figures are of the server at work, not of it compiling.
for (let i = 0; i < 20; i++) await load(false)
Object.assign(results, { ttfb: [], lastChunk: [], errors: 0, incomplete: 0, left: 0, done: 0 })
const before = rssMb(server.pid)
const memoryRounds = []
for (let round = 0; round < Number(values.rounds); round++) {
  const deadline = Date.now() + seconds * 1000
  let sent = 0
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await load(leaveEvery > 0 && ++sent % leaveEvery === 0)
    }),
  )
  const after = rssMb(server.pid)
  await new Promise((r) => setTimeout(r, 5000)) // the last calls time out, the sockets close
  memoryRounds.push({ after, fiveSecondsLater: rssMb(server.pid) })
}
const { after, fiveSecondsLater: settled } = memoryRounds[0]
const loadSeconds = seconds * memoryRounds.length
const abandoned = await (await fetch(`${upstream}/__scenario/${SESSION}/abandoned`)).json()
const attempts = await (await fetch(`${upstream}/__scenario/${SESSION}/attempts`)).json()
server.kill()
api.kill()
agent.destroy()

const round = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v * 10) / 10]))
const pct = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) }
}
const abandonedCalls = Object.values(abandoned).reduce((sum, list) => sum + list.length, 0)
const report = {
  date: new Date().toISOString(),
  connections,
  seconds: loadSeconds,
  requests: results.done + results.left,
  requestsPerSecond: (results.done + results.left) / loadSeconds,
  errors: results.errors,
  incomplete: results.incomplete,
  ttfbMs: round(pct(results.ttfb)),
  lastChunkMs: round(pct(results.lastChunk)),
  memoryMb: round({ before, after, fiveSecondsLater: settled }),
  memoryMbByRound: memoryRounds.map(round),
  leftAfterFirstChunk: results.left,
  upstreamCallsEndedByLeaving: abandonedCalls,
  upstreamCalls: Object.values(attempts).reduce((sum, n) => sum + n, 0),
  summary: summarize(results.ttfb),
}
console.log(JSON.stringify(report, null, 2))
const held = report.errors === 0 && report.incomplete === 0 && report.ttfbMs.p99 < 100
console.log(
  `\n${report.requests} documents in ${loadSeconds} s (${report.requestsPerSecond.toFixed(0)}/s) over ${connections} connections; ` +
    `errors ${report.errors}; TTFB p95/p99 ${report.ttfbMs.p95}/${report.ttfbMs.p99} ms; last chunk p95/p99 ${report.lastChunkMs.p95}/${report.lastChunkMs.p99} ms; ` +
    `memory ${report.memoryMb.before} MB before, then after each ${seconds} s round ${memoryRounds.map((m) => `${Math.round(m.after)} (${Math.round(m.fiveSecondsLater)} 5 s later)`).join(', ')} MB; ` +
    `${report.leftAfterFirstChunk} left early, ending ${abandonedCalls} upstream calls. ${held ? 'Budget held' : 'Budget NOT held'} (0 errors, p99 TTFB < 100 ms).`,
)
mkdirSync(dirname(values.out), { recursive: true })
writeFileSync(values.out, JSON.stringify(report, null, 2))
