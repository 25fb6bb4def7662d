import httpProxy from '@fastify/http-proxy'
import type { FastifyPluginAsync } from 'fastify'

// With `--api <origin>`, the browser still talks to one origin: its requests (retries, refreshes),
// the live socket and the scenario hooks all pass through to the upstream, cookies included.

export const apiProxy: FastifyPluginAsync<{ upstream: string }> = async (app, { upstream }) => {
  await app.register(httpProxy, { upstream, prefix: '/api', rewritePrefix: '/api', websocket: true })
  await app.register(httpProxy, { upstream, prefix: '/__', rewritePrefix: '/__' })
}
