import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import * as v from 'valibot'
import { server } from '../../mocks/node'
import { ApiError } from '../../src/api/api-error'
import { endpoints } from '../../src/api/endpoints'
import { getJson } from '../../src/api/get-json'
import { categoryListSchema } from '../../src/api/schemas'
import { advance } from '../render'

const endpoint = endpoints.categories
const answer = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get('*/api/categories', resolver))

/** Settles a promise into a value either way, so a test can advance fake time while it is pending. */
const settled = <T,>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }))

beforeEach(() => {
  vi.useFakeTimers()
})

describe('getJson', () => {
  test('returns the validated body and leaves no timer behind', async () => {
    answer(() => HttpResponse.json([{ id: 'c1', name: 'Pantry', productCount: 3 }]))
    await expect(getJson(endpoint, categoryListSchema)).resolves.toEqual([{ id: 'c1', name: 'Pantry', productCount: 3 }])
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
    ['a wrong field type', () => HttpResponse.json([{ id: 'c1', name: 'Pantry', productCount: 'many' }])],
    ['JSON null', () => HttpResponse.json(null)],
  ])('%s is invalid-data, never retried', async (_, resolver) => {
    answer(resolver)
    const error = await getJson(endpoint, categoryListSchema).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'invalid-data', isTransient: false })
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
    server.use(http.get('http://api.test/v2/api/categories', ({ request }) => (seen.push(request.url), HttpResponse.json([]))))
    await expect(getJson(endpoint, categoryListSchema)).resolves.toEqual([])
    expect(seen).toEqual(['http://api.test/v2/api/categories'])
    vi.unstubAllEnvs()
  })
})
