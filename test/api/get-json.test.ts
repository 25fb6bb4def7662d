import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { http, HttpResponse, passthrough } from 'msw'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import * as v from 'valibot'
import { server } from '../../mocks/node'
import { ApiError } from '../../src/api/api-error'
import { endpoints } from '../../src/api/endpoints'
import { getJson, readBody, retryAfterMs } from '../../src/api/get-json'
import { categoryList } from '../../src/api/schemas'
import { advance } from '../render'

const endpoint = endpoints.categories
const categoryListSchema = categoryList
const answer = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get('*/api/categories', resolver))

/** A body stream that sends the start of a list, then fails as a reset connection does. */
const halfABody = () =>
  new ReadableStream({
    start(body) {
      body.enqueue(new TextEncoder().encode('[{"id":"c1","name":"Pan'))
      body.error(new TypeError('network connection was lost'))
    },
  })

/** Settles a promise into a value either way, so a test can advance fake time while it is pending. */
const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )

beforeEach(() => {
  vi.useFakeTimers()
})

describe('getJson', () => {
  test('returns the validated body and leaves no timer behind', async () => {
    answer(() => HttpResponse.json([{ id: 'c1', name: 'Pantry', productCount: 3 }]))
    await expect(getJson(endpoint, categoryListSchema)).resolves.toEqual({
      items: [{ id: 'c1', name: 'Pantry', productCount: 3 }],
      omitted: 0,
    })
    expect(vi.getTimerCount()).toBe(0)
  })

  test('an answer slower than the timeout is a timeout error at exactly the timeout', async () => {
    answer(() => new Promise(() => {}))
    const result = settled(getJson(endpoint, categoryListSchema))
    await advance(endpoint.timeoutMs - 1)
    let done = false
    void result.then(() => (done = true))
    await advance(0)
    expect(done).toBe(false)
    await advance(1)
    const { error } = (await result) as { error: ApiError }
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'timeout', endpoint: 'categories', status: undefined })
  })

  test("a request the HTML started is adopted once, and its timeout counts from when it left, not from the app's call", async () => {
    const controller = new AbortController()
    // As fetch does: aborting the request rejects it with the abort's reason.
    const response = new Promise<Response>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason)),
    )
    window.__ecomarketEarly = { categories: { startedAt: performance.now(), controller, response } }
    const bootMs = 500 // the app's script arrives and runs meanwhile
    await advance(bootMs)
    const result = settled(getJson(endpoint, categoryListSchema))
    expect(window.__ecomarketEarly).toEqual({})
    await advance(endpoint.timeoutMs - bootMs - 1)
    let done = false
    void result.then(() => (done = true))
    await advance(0)
    expect(done).toBe(false)
    await advance(1)
    expect(await result).toMatchObject({ error: { kind: 'timeout', endpoint: 'categories' } })
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a network error is an offline error, which is transient', async () => {
    answer(() => HttpResponse.error())
    const error = await getJson(endpoint, categoryListSchema).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'offline', isTransient: true })
  })

  test.each([
    [500, true],
    [503, true],
    [429, true],
    [404, false],
    [401, false],
  ])('HTTP %i is an http error with its status (transient: %s)', async (status, transient) => {
    answer(() => HttpResponse.json({ message: 'nope' }, { status }))
    const error = await getJson(endpoint, categoryListSchema).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'http', status, isTransient: transient })
  })

  test.each([
    ['not JSON', () => HttpResponse.text('<html>oops</html>')],
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
    ['a wrong shape', () => HttpResponse.json({ categories: [] })],
    ['JSON null', () => HttpResponse.json(null)],
  ])('%s is invalid-data, never retried', async (_, resolver) => {
    answer(resolver)
    const error = await getJson(endpoint, categoryListSchema).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'invalid-data', isTransient: false })
  })

  test('an item of the wrong type is left out and counted; the rest is the answer', async () => {
    answer(() =>
      HttpResponse.json([
        { id: 'c1', name: 'Pantry', productCount: 'many' },
        { id: 'c2', name: 'Bakery', productCount: 4 },
      ]),
    )
    await expect(getJson(endpoint, categoryListSchema)).resolves.toEqual({
      items: [{ id: 'c2', name: 'Bakery', productCount: 4 }],
      omitted: 1,
    })
  })

  test('a body that breaks off half-way is offline, which is transient, not invalid data', async () => {
    answer(() => new HttpResponse(halfABody(), { headers: { 'Content-Type': 'application/json' } }))
    const error = await getJson(endpoint, categoryListSchema).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'offline', isTransient: true })
  })

  test('a real connection reset after half the body is offline too', async () => {
    vi.useRealTimers()
    const api = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '2000' })
      response.write('[{"id":"c1","name":"Pan', () => response.socket?.destroy())
    })
    await new Promise<void>((listening) => api.listen(0, '127.0.0.1', listening))
    try {
      const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
      vi.stubEnv('VITE_API_BASE_URL', base)
      server.use(http.get(`${base}/*`, () => passthrough()))
      const error = await getJson(endpoint, categoryListSchema).catch((e: unknown) => e)
      expect(error).toMatchObject({ kind: 'offline', isTransient: true })
    } finally {
      vi.unstubAllEnvs()
      api.close()
    }
  })

  test('the timeout still wins over a body that stalls half-way', async () => {
    answer(
      () =>
        new HttpResponse(new ReadableStream({ start: (body) => body.enqueue(new TextEncoder().encode('[{"id":')) })),
    )
    const result = settled(getJson(endpoint, categoryListSchema))
    await advance(endpoint.timeoutMs)
    expect(await result).toMatchObject({ error: { kind: 'timeout' } })
  })

  test("the caller's abort rethrows its reason instead of reporting a failure", async () => {
    answer(() => new Promise(() => {}))
    const caller = new AbortController()
    const result = settled(getJson(endpoint, v.unknown(), { signal: caller.signal }))
    await advance(100)
    const reason = new DOMException('query cancelled', 'AbortError')
    caller.abort(reason)
    expect(await result).toEqual({ error: reason })
    expect(vi.getTimerCount()).toBe(0)
  })

  test('an already-aborted signal sends nothing and rethrows its reason', async () => {
    const started: string[] = []
    server.events.on('request:start', ({ request }) => void started.push(request.url))
    const caller = new AbortController()
    const reason = new DOMException('gone', 'AbortError')
    caller.abort(reason)
    const error = await getJson(endpoint, v.unknown(), { signal: caller.signal }).catch((e: unknown) => e)
    await advance(10)
    expect(error).toBe(reason)
    expect(started).toEqual([])
  })

  test('a base URL with a path keeps it: {base}/api/…', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'http://api.test/v2/')
    const seen: string[] = []
    server.use(
      http.get('http://api.test/v2/api/categories', ({ request }) => (seen.push(request.url), HttpResponse.json([]))),
    )
    await expect(getJson(endpoint, categoryListSchema)).resolves.toEqual({ items: [], omitted: 0 })
    expect(seen).toEqual(['http://api.test/v2/api/categories'])
    vi.unstubAllEnvs()
  })
})

describe('readBody', () => {
  // The part that turns a response into a value, used for any response however it was fetched.
  test('reads a whole, valid body', async () => {
    const response = Response.json([{ id: 'c1', name: 'Pantry', productCount: 3 }])
    await expect(readBody(response, endpoint, categoryListSchema)).resolves.toEqual({
      items: [{ id: 'c1', name: 'Pantry', productCount: 3 }],
      omitted: 0,
    })
  })

  test.each([
    ['a body cut short', () => new Response(halfABody()), 'offline'],
    ['a whole body that is not JSON', () => new Response('[{"id":'), 'invalid-data'],
    ['a whole body of the wrong shape', () => Response.json({ id: 'c1' }), 'invalid-data'],
    ['an HTTP 503', () => new Response('busy', { status: 503 }), 'http'],
  ])('%s is %s', async (_, response, kind) => {
    await expect(readBody(response(), endpoint, categoryListSchema)).rejects.toMatchObject({ kind })
  })

  test("an error answer carries the server's Retry-After", async () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } })
    await expect(readBody(response, endpoint, categoryListSchema)).rejects.toMatchObject({
      kind: 'http',
      status: 429,
      retryAfterMs: 30_000,
    })
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-28T12:00:00Z')

  test.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sat, 28 Nov 2026 12:00:30 GMT', 30_000],
    ['Sat, 28 Nov 2026 11:00:00 GMT', 0], // already past
    ['9'.repeat(400), 24 * 60 * 60 * 1000], // capped: never an endless wait
  ])('"%s" is %i ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms)
  })

  test.each([null, '', 'soon', '-5', '1e3 seconds'])('%j is no wait at all', (header) => {
    expect(retryAfterMs(header, now)).toBeUndefined()
  })
})
