import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyPluginAsync } from 'fastify'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { delayFor, planResponse } from '../../mocks/responses'
import { breakConnection } from '../break-connection'
import { clientGone } from '../client-gone'
import { parseRawPlans, playRawStep } from '../raw-responses'
import { createSessionStore, SESSION_COOKIE, sessionFrom, type ScenarioSession } from '../scenario-sessions'
import { liveNotifications } from './live-notifications'
import { notificationWrites } from './notification-writes'

// The four endpoints over real HTTP, driven by the scenario registry like the mock layer: the same
// latencies, outcomes and failFirst, with real failures (a hang, a destroyed connection, a 500),
// plus the live notifications socket and the writes (./notification-writes.ts). The dashboard's server embeds it, or it runs alone
// (npm run serve:api) as the upstream of `npm run serve -- --api`.

export interface ReferenceApiOptions {
  /** The scenario every browser gets unless its cookie names a session of its own. */
  session: ScenarioSession
  /** Lets a test's own session answer raw bytes (server/raw-responses.ts) and read its request counts. */
  testHooks?: boolean
}

const sessionName = { type: 'string', minLength: 1, maxLength: 100 } as const

export const referenceApi: FastifyPluginAsync<ReferenceApiOptions> = async (app, { session, testHooks = false }) => {
  const sessions = createSessionStore(session)

  for (const name of endpointNames) {
    app.get<{ Querystring: { hop?: number } }>(
      endpoints[name].path,
      // `hop` numbers the steps of a raw answer's redirects (test hooks).
      {
        schema: { querystring: { type: 'object', properties: { hop: { type: 'integer', minimum: 0, maximum: 31 } } } },
      },
      async (request, reply) => {
        const session = sessions.get(request.cookies[SESSION_COOKIE])
        const behaviour = session.scenario.endpoints[name]
        const attempt = sessions.countAttempt(session, name)
        const gone = clientGone(reply)
        const arrived = performance.now()
        const countAbandoned = () => sessions.noteAbandoned(session, name, performance.now() - arrived)
        gone.addEventListener('abort', countAbandoned)
        const raw = session.raw?.[name]
        if (raw) {
          const step = raw[request.query.hop ?? 0] ?? raw[0]
          reply.hijack()
          await playRawStep(reply.raw, step, gone)
          return
        }
        const plan = planResponse(name, behaviour, attempt, session)
        const delay = delayFor(behaviour)
        if (plan.kind === 'hang' || !Number.isFinite(delay)) {
          reply.hijack() // never answers; the socket closes when the client gives up
          return
        }
        await sleep(delay, undefined, { signal: gone }).catch(() => undefined)
        if (gone.aborted) return reply.hijack()
        if (plan.kind === 'network-error') {
          gone.removeEventListener('abort', countAbandoned) // the server ends this one, not the client
          reply.hijack()
          breakConnection(request.raw.socket)
          return
        }
        // Personal and live data: never cached by the browser or a proxy.
        return reply.code(plan.status).header('Cache-Control', 'no-store').type(plan.contentType).send(plan.body)
      },
    )
  }

  // For tests and demos only: switch a scenario at run time. `session` names a cookie-scoped
  // scenario (set the `ecomarket-scenario` cookie to it); without one, the server-wide scenario.
  // With test hooks, `raw` replaces endpoints' answers in that session alone (never the server-wide one).
  app.post<{ Body: { search: string; session?: string; raw?: unknown } }>(
    '/__scenario',
    {
      schema: {
        body: {
          type: 'object',
          required: ['search'],
          additionalProperties: false,
          properties: { search: { type: 'string', maxLength: 2000 }, session: sessionName, raw: {} },
        },
      },
    },
    async (request, reply) => {
      const { search, session: id, raw } = request.body
      const { session, warnings } = sessionFrom(search)
      if (warnings.length) return reply.code(400).send({ message: warnings.join(' ') })
      if (raw !== undefined) {
        if (!testHooks || id === undefined)
          return reply.code(400).send({ message: '"raw" needs a server started with --test-hooks and a "session".' })
        const parsed = parseRawPlans(raw)
        if ('problem' in parsed) return reply.code(400).send({ message: parsed.problem })
        session.raw = parsed.plans
      }
      sessions.set(id, session)
      return { scenario: session.description }
    },
  )

  // With test hooks, how many requests each endpoint received in a session, redirects included.
  if (testHooks) {
    app.get<{ Params: { session: string } }>(
      '/__scenario/:session/attempts',
      { schema: { params: { type: 'object', properties: { session: sessionName } } } },
      async (request, reply) => {
        const session = sessions.named(request.params.session)
        return session ? session.attempts : reply.code(404).send({ message: 'No such session.' })
      },
    )
    // And which of them the client left before their answer ended, after how long (ms).
    app.get<{ Params: { session: string } }>(
      '/__scenario/:session/abandoned',
      { schema: { params: { type: 'object', properties: { session: sessionName } } } },
      async (request, reply) => {
        const session = sessions.named(request.params.session)
        return session ? session.abandoned : reply.code(404).send({ message: 'No such session.' })
      },
    )
  }

  await app.register(liveNotifications, { sessions })
  await app.register(notificationWrites, { sessions })
}
