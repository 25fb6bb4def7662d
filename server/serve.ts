// npm run serve -- [--port 4300] [--host 127.0.0.1] [--dist dist-real] [--api <origin>] [--no-stream]
//                  [--live-url <path>|<url>|off] [--scenario flaky] [--products error@300] [--live 5000]
//                  [--root /ref/zero/=folder …] [--test-hooks] [--log]
//
// The dashboard's server: the mocking-off build, the streamed document, and the API behind the
// same origin: the embedded reference API, or with --api a proxy to that upstream. --live-url says
// where the pages it sends find the live socket, or that there is none (`off`); by default its own.
// --root serves more folders beside it (the benchmark's reference pages) under the same policy.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkLiveSetting } from '../src/api/live-setting'
import { liveNotifications } from '../src/api/endpoints'
import { closeOnSignals, portFrom, refuse, scenarioFlagNames, scenarioFlags, sessionFromFlags } from './cli'
import { createServer } from './create-server'

// React's production build renders the streamed sections several times faster than its development one.
process.env.NODE_ENV ??= 'production'

export const DEFAULT_PORT = 4300 // clear of Vite's 5173 (dev) and 4173 (preview)

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    host: { type: 'string', default: '127.0.0.1' },
    dist: { type: 'string', default: 'dist-real' },
    api: { type: 'string' },
    // Where the page's live socket is: apart from --live, which is the reference API's push cadence.
    'live-url': { type: 'string', default: liveNotifications.path },
    'no-stream': { type: 'boolean', default: false },
    log: { type: 'boolean', default: false },
    root: { type: 'string', multiple: true, default: [] },
    // The browser tests' raw answers (server/raw-responses.ts); never on for shoppers or benchmarks.
    'test-hooks': { type: 'boolean', default: false },
    ...scenarioFlags,
  },
})

let api: string | undefined
if (values.api !== undefined) {
  // The upstream owns its scenarios and hooks: set them where it runs (npm run serve:api).
  const owned = [...scenarioFlagNames, 'test-hooks'].filter((flag) => (values as Record<string, unknown>)[flag])
  if (owned.length)
    refuse(
      `--${owned[0]} belongs to the upstream API with --api: start it there (npm run serve:api -- --${owned[0]} …).`,
    )
  try {
    api = new URL(values.api).origin
  } catch {
    refuse(`--api takes the upstream's origin, such as http://localhost:4301, not "${values.api}".`)
  }
}
const live = checkLiveSetting(values['live-url'])
if ('problem' in live) refuse(`--live-url: ${live.problem}`)
const session = sessionFromFlags(values)
const port = portFrom(values.port)

const extraRoots: Record<string, string> = {}
for (const spec of values.root) {
  const [prefix, dir] = spec.split('=')
  if (!prefix?.startsWith('/') || !prefix.endsWith('/') || !dir) refuse(`--root takes /prefix/=folder, not "${spec}".`)
  extraRoots[prefix] = resolve(dir)
}

const app = await createServer({
  dist: resolve(values.dist),
  api,
  session,
  stream: !values['no-stream'],
  extraRoots,
  logger: values.log,
  testHooks: values['test-hooks'],
  live: live.setting,
})
const address = await app.listen({ port, host: values.host })
const upstream = api ? `upstream ${api}` : `embedded API, scenario: ${session.description}`
const delivery = values['no-stream'] ? 'as a static host' : 'streamed'
console.log(
  `EcoMarket on ${address.replace('127.0.0.1', 'localhost')}/ (${delivery}; ${upstream}; live socket: ${live.setting}; build: ${values.dist})`,
)
closeOnSignals(() => app.close())
