import httpProxy from '@fastify/http-proxy'
import type { FastifyPluginAsync } from 'fastify'

// With `--api <origin>`, the browser still talks to one origin: its requests (retries, refreshes),
// the live socket and the scenario hooks all pass through to the upstream, cookies included.
// Bodies pass through as streams, which Fastify's bodyLimit doesn't see: the proxy bounds them
// itself, by their declared length.

export const apiProxy: FastifyPluginAsync<{ upstream: string; bodyLimit: number }> = async (
  app,
  { upstream, bodyLimit },
) => {
  app.addHook('onRequest', async (request, reply) => {
    const declared = request.headers['content-length']
    // A body of unknown length can't be bounded before it is forwarded; every client we serve declares it.
    if (request.headers['transfer-encoding'] !== undefined)
      return reply.code(411).send({ message: 'A request body needs a Content-Length here.' })
    if (declared !== undefined && Number(declared) > bodyLimit)
      return reply.code(413).send({ message: `A request body may be at most ${bodyLimit} bytes.` })
  })
  await app.register(httpProxy, { upstream, prefix: '/api', rewritePrefix: '/api', websocket: true })
  // Each hook by its own prefix: '/__' alone would match only '/__/…', never '/__scenario'.
  for (const prefix of ['/__scenario', '/__live'])
    await app.register(httpProxy, { upstream, prefix, rewritePrefix: prefix })
}
