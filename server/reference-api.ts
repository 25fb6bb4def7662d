import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { endpointNames, endpoints } from '../src/api/endpoints'
import { delayFor, planResponse } from '../mocks/responses'
import { SESSION_COOKIE, sessionFrom, type SessionStore } from './scenario-sessions'

// The four endpoints over real HTTP, driven by the scenario registry like the mock layer: the same
// latencies, outcomes and failFirst, with real failures (a hang, a destroyed connection, a 500).

/** Aborts when the client goes away before the answer, so a hung or slow request holds nothing. */
function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController()
  reply.raw.once('close', () => controller.abort())
  return controller.signal
}

export function registerReferenceApi(app: FastifyInstance, sessions: SessionStore) {
  for (const name of endpointNames) {
    app.get(endpoints[name].path, async (request: FastifyRequest, reply: FastifyReply) => {
      const session = sessions.get(request.cookies[SESSION_COOKIE])
      const behaviour = session.scenario.endpoints[name]
      const attempt = sessions.countAttempt(session, name)
      const plan = planResponse(name, behaviour, attempt)
      const gone = clientGone(reply)
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
  app.post<{ Body: { search?: unknown; session?: unknown } }>('/__scenario', async (request, reply) => {
    const { search, session: id } = request.body ?? {}
    if (typeof search !== 'string' || (id !== undefined && typeof id !== 'string')) {
      return reply.code(400).send({ message: 'Send JSON {"search": "?scenario=flaky&products=error@300", "session"?: "name"}.' })
    }
    const { session, warnings } = sessionFrom(search)
    if (warnings.length) return reply.code(400).send({ message: warnings.join(' ') })
    sessions.set(id, session)
    return { scenario: session.description }
  })
}
