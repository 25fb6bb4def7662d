import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { endpointNames, endpoints } from '../src/api/endpoints'
import { delayFor, planResponse } from '../mocks/responses'
import { parseRawPlans, playRawStep } from './raw-responses'
import { SESSION_COOKIE, sessionFrom, type SessionStore } from './scenario-sessions'

// The four endpoints over real HTTP, driven by the scenario registry like the mock layer: the same
// latencies, outcomes and failFirst, with real failures (a hang, a destroyed connection, a 500).

/** Aborts when the client goes away before the answer, so a hung or slow request holds nothing. */
function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController()
  reply.raw.once('close', () => controller.abort())
  return controller.signal
}

/** `testHooks` lets a test's own session answer raw bytes (server/raw-responses.ts) and read its counts. */
export function registerReferenceApi(app: FastifyInstance, sessions: SessionStore, { testHooks = false } = {}) {
  for (const name of endpointNames) {
    app.get<{ Querystring: { hop?: string } }>(endpoints[name].path, async (request, reply) => {
      const session = sessions.get(request.cookies[SESSION_COOKIE])
      const behaviour = session.scenario.endpoints[name]
      const attempt = sessions.countAttempt(session, name)
      const gone = clientGone(reply)
      const raw = session.raw?.[name]
      if (raw) {
        const step = raw[Number(request.query.hop ?? 0)] ?? raw[0]
        reply.hijack()
        await playRawStep(reply.raw, step, gone)
        return
      }
      const plan = planResponse(name, behaviour, attempt, session.pushed)
      const delay = delayFor(behaviour)
      if (plan.kind === 'hang' || !Number.isFinite(delay)) {
        reply.hijack() // never answers; the socket closes when the client gives up
        return
      }
      await sleep(delay, undefined, { signal: gone }).catch(() => undefined)
      if (gone.aborted) return reply.hijack()
      if (plan.kind === 'network-error') {
        reply.hijack()
        request.raw.socket.destroy()
        return
      }
      // Personal and live data: never cached by the browser or a proxy.
      return reply.code(plan.status).header('Cache-Control', 'no-store').type(plan.contentType).send(plan.body)
    })
  }

  // For tests and demos only: switch a scenario at run time. `session` names a cookie-scoped
  // scenario (set the `ecomarket-scenario` cookie to it); without one, the server-wide scenario.
  // With test hooks, `raw` replaces endpoints' answers in that session alone (never the server-wide one).
  app.post<{ Body: { search?: unknown; session?: unknown; raw?: unknown } }>('/__scenario', async (request, reply) => {
    const { search, session: id, raw } = request.body ?? {}
    if (typeof search !== 'string' || (id !== undefined && typeof id !== 'string')) {
      return reply
        .code(400)
        .send({ message: 'Send JSON {"search": "?scenario=flaky&products=error@300", "session"?: "name"}.' })
    }
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
  })

  // With test hooks, how many requests each endpoint received in a session, redirects included.
  if (testHooks) {
    app.get<{ Params: { session: string } }>('/__scenario/:session/attempts', async (request, reply) => {
      const session = sessions.named(request.params.session)
      return session ? session.attempts : reply.code(404).send({ message: 'No such session.' })
    })
  }
}
