// npm run serve -- [--port 4300] [--host 127.0.0.1] [--dist dist-real] [--scenario flaky] [--products error@300] [--live 5000] …
//                   [--root /ref/zero/=bench-results/ref/zero …] [--test-hooks]
//
// The mocking-off build on a production-like server, with the reference API over real HTTP.
// --root serves more folders beside it (the benchmark's reference pages) under the same policy.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { endpointNames } from '../src/api/endpoints'
import { createServer } from './create-server'
import { sessionFrom } from './scenario-sessions'

export const DEFAULT_PORT = 4300 // clear of Vite's 5173 (dev) and 4173 (preview)

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    host: { type: 'string', default: '127.0.0.1' },
    dist: { type: 'string', default: 'dist-real' },
    scenario: { type: 'string' },
    log: { type: 'boolean', default: false },
    root: { type: 'string', multiple: true, default: [] },
    // The browser tests' raw answers (server/raw-responses.ts); never on for shoppers or benchmarks.
    'test-hooks': { type: 'boolean', default: false },
    live: { type: 'string' },
    ...Object.fromEntries(endpointNames.map((name) => [name, { type: 'string' as const }])),
  },
})

// The command line takes the URL's syntax: --scenario <id> and --<endpoint> <spec>.
const params = new URLSearchParams()
for (const key of ['scenario', 'live', ...endpointNames] as const) {
  const value = (values as Record<string, unknown>)[key]
  if (typeof value === 'string') params.set(key, value)
}
const { session, warnings } = sessionFrom(`?${params}`)
if (warnings.length) {
  console.error(warnings.join('\n'))
  process.exit(2)
}

const port = Number(values.port)
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port must be a whole number from 1 to 65535, not "${values.port}".`)
  process.exit(2)
}

const extraRoots: Record<string, string> = {}
for (const spec of values.root) {
  const [prefix, dir] = spec.split('=')
  if (!prefix?.startsWith('/') || !prefix.endsWith('/') || !dir) {
    console.error(`--root takes /prefix/=folder, not "${spec}".`)
    process.exit(2)
  }
  extraRoots[prefix] = resolve(dir)
}

const app = await createServer({
  dist: resolve(values.dist),
  session,
  extraRoots,
  logger: values.log,
  testHooks: values['test-hooks'],
})
const address = await app.listen({ port, host: values.host })
console.log(
  `EcoMarket on ${address.replace('127.0.0.1', 'localhost')}/ (scenario: ${session.description}, build: ${values.dist})`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void app.close().then(() => process.exit(0)))
