// @vitest-environment node
import cookie from '@fastify/cookie'
import Fastify from 'fastify'
import { http, passthrough } from 'msw'
import { afterEach, describe, expect, test } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import { server } from '../../mocks/node'
import { MAX_RAW_BODY_BYTES } from '../../server/raw-responses'
import { referenceApi } from '../../server/plugins/reference-api'
import { SESSION_COOKIE, sessionFrom } from '../../server/scenario-sessions'

// The reference API's test hook: raw answers reach only the session that asked for them, only on
// a server started with test hooks, and a plan can't be bent into a second response or a runaway body.

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function start(testHooks: boolean) {
  const app = Fastify()
  await app.register(cookie)
  await app.register(referenceApi, { session: sessionFrom('?products=0').session, testHooks })
  const origin = await app.listen({ port: 0, host: '127.0.0.1' })
  close = () => app.close()
  // Real HTTP to this server, past the mock API that the test setup puts in front of every request.
  server.use(http.all(`${origin}/*`, () => passthrough()))
  const post = (body: unknown) =>
    fetch(`${origin}/__scenario`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  const get = (path: string, session?: string) =>
    fetch(`${origin}${path}`, { headers: session ? { Cookie: `${SESSION_COOKIE}=${session}` } : {} })
  return { post, get }
}

const teapot = {
  products: [{ status: 418, headers: [['Content-Type', 'text/plain']], body: [{ text: 'no', repeat: 3 }] }],
}

describe('with test hooks', () => {
  test('a raw answer reaches its own session alone; everyone else gets the normal one', async () => {
    const { post, get } = await start(true)
    expect((await post({ search: '', session: 'hostile', raw: teapot })).status).toBe(200)

    const raw = await get('/api/products', 'hostile')
    expect(raw.status).toBe(418)
    expect(raw.headers.get('content-type')).toBe('text/plain')
    expect(await raw.text()).toBe('nonono')

    const shopper = await get('/api/products')
    expect(shopper.status).toBe(200)
    expect(await shopper.json()).toEqual(fixtures.products)
    expect(await (await get('/api/products', 'someone-else')).json()).toEqual(fixtures.products)

    expect(await (await get('/__scenario/hostile/attempts')).json()).toEqual({ products: 1 })
  })

  test('a redirect step points at the next one with ?hop=n', async () => {
    const { post, get } = await start(true)
    const steps = [
      { status: 302, headers: [['Location', '/api/products?hop=1']] },
      { status: 200, headers: [['Content-Type', 'application/json']], body: [{ text: '[]' }] },
    ]
    await post({ search: '', session: 'hop', raw: { products: steps } })
    const answer = await get('/api/products', 'hop')
    expect(answer.redirected).toBe(true)
    expect(await answer.json()).toEqual([])
    expect(await (await get('/__scenario/hop/attempts')).json()).toEqual({ products: 2 })
  })

  test.each([
    ['no session: the server-wide scenario never takes raw answers', { search: '', raw: teapot }],
    [
      'a header that would start a second response',
      { search: '', session: 's', raw: { products: [{ status: 200, headers: [['X-Note', 'a\r\nSet-Cookie: x=1']] }] } },
    ],
    [
      'a body past the size limit',
      {
        search: '',
        session: 's',
        raw: { products: [{ status: 200, body: [{ text: 'ab', repeat: MAX_RAW_BODY_BYTES }] }] },
      },
    ],
    ['a status that is not one', { search: '', session: 's', raw: { products: [{ status: 1000 }] } }],
    ['an endpoint that does not exist', { search: '', session: 's', raw: { admin: [{ status: 200 }] } }],
  ])('refuses %s', async (_, body) => {
    const { post } = await start(true)
    const answer = await post(body)
    expect(answer.status).toBe(400)
    expect((await answer.json()).message).toBeTruthy()
  })
})

test('the partial and overlong outcomes answer the same bodies over real HTTP as the mock layer', async () => {
  const { post, get } = await start(false)
  await post({ search: '?products=partial@0&categories=overlong@0', session: 'items' })
  expect(await (await get('/api/products', 'items')).json()).toEqual(fixtures.partial.products())
  expect(await (await get('/api/categories', 'items')).json()).toEqual(fixtures.overlong.categories())
})

test('without test hooks, raw answers and counts do not exist', async () => {
  const { post, get } = await start(false)
  expect((await post({ search: '', session: 'hostile', raw: teapot })).status).toBe(400)
  expect((await get('/api/products', 'hostile')).status).toBe(200)
  expect((await get('/__scenario/hostile/attempts')).status).toBe(404)
})
