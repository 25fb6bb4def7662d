import type { FastifyReply } from 'fastify'

/** Aborts when the client goes away before the whole answer, so a hung or slow request holds nothing. */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController()
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort()
  })
  return controller.signal
}
