import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyPluginAsync, FastifySchemaCompiler } from 'fastify'
import { safeParse, summarize, type GenericSchema } from 'valibot'
import { writeNames, writes } from '../../src/api/writes'
import { notificationPath } from '../../src/api/writes'
import { delayFor, planWrite } from '../../mocks/responses'
import { clientGone } from '../client-gone'
import { SESSION_COOKIE, type SessionStore } from '../scenario-sessions'

// The reference API's writes: PATCH /api/notifications/:id and POST /api/notifications/read-all.
// Their route schemas are the endpoint table's valibot schemas, the ones the page checks a body
// with before sending it, so the two can't disagree; a body they refuse is a 400 before anything
// else. Then each session's `mark-read` behaviour (mocks/responses.ts, as the mock API).

/** Fastify validates a route's parts with the valibot schema given for each (its output replaces the input). */
const valibotCompiler: FastifySchemaCompiler<GenericSchema> = ({ schema }) => {
  return (input: unknown) => {
    const checked = safeParse(schema, input)
    return checked.success ? { value: checked.output } : { error: new Error(summarize(checked.issues)) }
  }
}

export const notificationWrites: FastifyPluginAsync<{ sessions: SessionStore }> = async (app, { sessions }) => {
  app.setValidatorCompiler(valibotCompiler)
  for (const name of writeNames) {
    const write = writes[name]
    app.route<{ Params: Record<string, string>; Body: Record<string, unknown> }>({
      method: write.method,
      url: write.path,
      schema: { body: write.body, ...(name === 'markRead' && { params: notificationPath }) },
      handler: async (request, reply) => {
        const session = sessions.get(request.cookies[SESSION_COOKIE])
        sessions.countAttempt(session, name)
        const behaviour = session.scenario.writes
        const gone = clientGone(reply)
        const delay = delayFor(behaviour)
        if (!Number.isFinite(delay)) return reply.hijack() // never answers; the socket closes when the client gives up
        await sleep(delay, undefined, { signal: gone }).catch(() => undefined)
        if (gone.aborted) return reply.hijack() // the client gave up first: the write is not applied
        const plan = planWrite(name, behaviour, { ...request.params, ...request.body }, session)
        if (plan.kind === 'network-error') {
          reply.hijack()
          request.raw.socket.destroy()
          return
        }
        if (plan.kind === 'hang') return reply.hijack()
        reply.code(plan.status).header('Cache-Control', 'no-store')
        return plan.status === 204 ? reply.send() : reply.type(plan.contentType).send(plan.body)
      },
    })
  }
}
