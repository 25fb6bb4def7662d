// npm run serve:api -- [--port 4301] [--host 127.0.0.1] [--scenario flaky] [--products error@300] [--live 5000]
//                      [--test-hooks] [--log]
//
// The reference API alone: the four endpoints, the live socket, /__scenario and /__live/push,
// driven by the scenario registry. The upstream for `npm run serve -- --api`, benchmarks and fault tests.
import { parseArgs } from 'node:util'
import { closeOnSignals, portFrom, scenarioFlags, sessionFromFlags } from './cli'
import { createReferenceApiServer } from './create-reference-api-server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4301' },
    host: { type: 'string', default: '127.0.0.1' },
    log: { type: 'boolean', default: false },
    'test-hooks': { type: 'boolean', default: false },
    ...scenarioFlags,
  },
})

const session = sessionFromFlags(values)
const app = await createReferenceApiServer({ session, testHooks: values['test-hooks'], logger: values.log })
const address = await app.listen({ port: portFrom(values.port), host: values.host })
console.log(
  `EcoMarket reference API on ${address.replace('127.0.0.1', 'localhost')} (scenario: ${session.description})`,
)
closeOnSignals(() => app.close())
