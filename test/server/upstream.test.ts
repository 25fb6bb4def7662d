// @vitest-environment node
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import { http, passthrough } from 'msw'
import { afterEach, expect, test } from 'vitest'
import { server } from '../../mocks/node'
import { defineEndpoint } from '../../src/api/endpoints'
import { productList } from '../../src/api/schemas'
import * as fixtures from '../../mocks/fixtures'
import { callUpstream } from '../../server/upstream'

// The streamed page's first attempt at a section, made by the server (server/upstream.ts): the
// same error kinds as the browser's client, within the endpoint's timeout, for the shopper's cookies.

const endpoint = defineEndpoint('products', {
  path: '/api/products',
  schema: productList,
  shape: 'list',
  criticality: 'critical',
  timeoutMs: 300,
  cache: { staleTime: 0, gcTime: 0 },
})

let close: (() => Promise<void>) | undefined
afterEach(() => close?.())

async function upstream(handle: (request: FastifyRequest, reply: FastifyReply) => unknown) {
  const app = Fastify({ forceCloseConnections: true })
  app.get('/api/products', handle as never)
  const origin = await app.listen({ port: 0, host: '127.0.0.1' })
  close = () => app.close()
  server.use(http.all(`${origin}/*`, () => passthrough()))
  return origin
}
const call = (origin: string, signal = new AbortController().signal, headers = {}) =>
  callUpstream(origin, endpoint, { headers, signal, maxBodyBytes: 64 * 1024 })

test('a valid answer is its data, validated; the shopper’s cookie and Authorization go along', async () => {
  let seen: Record<string, unknown> = {}
  const origin = await upstream(async (request) => {
    seen = request.headers
    return fixtures.products
  })
  const answer = await call(origin, undefined, { cookie: 'ecomarket-scenario=s1', authorization: 'Bearer t' })
  expect(answer.outcome).toEqual({ data: { items: fixtures.products, omitted: 0 } })
  expect(seen).toMatchObject({ cookie: 'ecomarket-scenario=s1', authorization: 'Bearer t', accept: 'application/json' })
})

test.each([
  [
    'a 503 with Retry-After',
    (_: FastifyRequest, reply: FastifyReply) => {
      void reply.code(503).header('Retry-After', '2').send('busy')
    },
    { kind: 'http', status: 503, retryAfterMs: 2000 },
  ],
  [
    'a body that is not JSON',
    (_: FastifyRequest, reply: FastifyReply) => {
      void reply.type('text/html').send('<html>')
    },
    { kind: 'invalid-data' },
  ],
  ['a body of the wrong shape', async () => ({ items: 'no' }), { kind: 'invalid-data' }],
  ['a body past the size limit', async () => 'x'.repeat(100 * 1024), { kind: 'invalid-data' }],
  [
    'no answer within the timeout',
    (_: FastifyRequest, reply: FastifyReply) => {
      reply.hijack()
    },
    { kind: 'timeout' },
  ],
  [
    'a connection dropped before the headers',
    (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack()
      request.raw.socket.destroy()
    },
    { kind: 'offline' },
  ],
] as const)('%s is typed as the browser would type it', async (_, handle, error) => {
  const origin = await upstream(handle as never)
  expect((await call(origin)).outcome).toEqual({ error })
})

test('nothing listening is offline', async () => {
  const origin = await upstream(async () => [])
  await close!()
  close = undefined
  expect((await call(origin)).outcome).toEqual({ error: { kind: 'offline' } })
})

test('a browser that leaves ends the call: it rejects, and the upstream sees the request go', async () => {
  let gone: Promise<void> = Promise.resolve()
  const origin = await upstream((_, reply) => {
    gone = new Promise((resolve) => reply.raw.once('close', () => resolve()))
    reply.hijack()
  })
  const leaving = new AbortController()
  const answer = call(origin, leaving.signal)
  await new Promise((resolve) => setTimeout(resolve, 50))
  leaving.abort(new Error('the browser left'))
  await expect(answer).rejects.toThrow('the browser left')
  await gone
})
