import cookie from '@fastify/cookie'
import Fastify from 'fastify'
import { closeSilentConnections, defaultLimits, fastifyLimits, type ServerLimits } from './limits'
import { referenceApi } from './plugins/reference-api'
import type { ScenarioSession } from './scenario-sessions'

/** The reference API as a server of its own: an upstream for the dashboard's server, benchmarks and fault tests. */
export async function createReferenceApiServer({
  session,
  testHooks = false,
  logger = false,
  limits = {},
}: {
  session: ScenarioSession
  testHooks?: boolean
  logger?: boolean
  /** What a client may cost (server/limits.ts). */
  limits?: Partial<ServerLimits>
}) {
  const bounds = { ...defaultLimits, ...limits }
  const app = Fastify({ logger, forceCloseConnections: true, ...fastifyLimits(bounds) })
  closeSilentConnections(app.server, bounds)
  await app.register(cookie)
  await app.register(referenceApi, { session, testHooks })
  return app
}
