import cookie from '@fastify/cookie'
import Fastify from 'fastify'
import { referenceApi } from './plugins/reference-api'
import type { ScenarioSession } from './scenario-sessions'

/** The reference API as a server of its own: an upstream for the dashboard's server, benchmarks and fault tests. */
export async function createReferenceApiServer({
  session,
  testHooks = false,
  logger = false,
}: {
  session: ScenarioSession
  testHooks?: boolean
  logger?: boolean
}) {
  const app = Fastify({ logger, forceCloseConnections: true })
  await app.register(cookie)
  await app.register(referenceApi, { session, testHooks })
  return app
}
