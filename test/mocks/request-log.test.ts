import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { server } from '../../mocks/node'
import { createRequestLog, type LoggedRequest, type RequestLog } from '../../mocks/request-log'
import { endpoints } from '../../src/api/endpoints'
import { setScenario } from '../render'

let log: RequestLog
beforeEach(() => {
  log = createRequestLog()
  log.attach(server.events)
})
afterEach(() => log.stop())

const get = (path: string) =>
  fetch(new URL(path, location.origin)).then(
    (response) => response.status,
    () => 'network error',
  )
const isComplete = (entry: LoggedRequest) =>
  entry.outcome !== 'pending' && (entry.outcome !== 'answered' || entry.sizeBytes !== undefined)
/** The log once every request in it has its answer and body read: the log publishes each change. */
const settled = () =>
  new Promise<readonly LoggedRequest[]>((resolve) => {
    const check = () => {
      if (!log.getSnapshot().every(isComplete)) return
      stop()
      resolve(log.getSnapshot())
    }
    const stop = log.subscribe(check)
    check()
  })

test('a flaky endpoint logs each attempt with its status, latency, size and body', async () => {
  setScenario('flaky', { products: { latencyMs: 0 } })
  for (let i = 0; i < 3; i++) await get(endpoints.products.path)
  const entries = await settled()
  expect(entries.map(({ endpoint, attempt, outcome, status }) => ({ endpoint, attempt, outcome, status }))).toEqual([
    { endpoint: 'products', attempt: 1, outcome: 'answered', status: 503 },
    { endpoint: 'products', attempt: 2, outcome: 'answered', status: 503 },
    { endpoint: 'products', attempt: 3, outcome: 'answered', status: 200 },
  ])
  const last = entries[2]
  expect(last.path).toBe('/api/products')
  expect(last.endedAt! - last.startedAt).toBeGreaterThanOrEqual(0)
  expect(last.sizeBytes).toBe(new TextEncoder().encode(last.body).byteLength)
  expect(JSON.parse(last.body!)[0]).toMatchObject({ name: 'Organic Apples' })
  expect(entries[0].body).toContain('Service unavailable')
})

test("each endpoint's answer counts the items the page will leave out, by the endpoint's own schema", async () => {
  setScenario('documented', {
    products: { outcome: 'partial', latencyMs: 0 },
    categories: { outcome: 'overlong', latencyMs: 0 },
    profile: { outcome: 'malformed', latencyMs: 0 },
    notifications: { outcome: 'error', latencyMs: 0 },
  })
  for (const name of ['products', 'categories', 'profile', 'notifications'] as const) await get(endpoints[name].path)
  const omitted = Object.fromEntries((await settled()).map((entry) => [entry.endpoint, entry.omitted]))
  // A body that fails as a whole, or an error's, leaves nothing out: it isn't shown at all.
  expect(omitted).toEqual({ products: 3, categories: 50, profile: undefined, notifications: undefined })
})

// A network error (HttpResponse.error()) reaches the log only in the browser, where the worker reports
// it as status 0; MSW in Node emits no response event for it. The browser test covers that path.
test('a switch of scenario counts attempts afresh', async () => {
  setScenario('documented', { notifications: { outcome: 'error', latencyMs: 0 } })
  await get(endpoints.notifications.path)
  await get(endpoints.notifications.path)
  setScenario('documented', { notifications: { outcome: 'error', latencyMs: 0 } })
  await get(endpoints.notifications.path)
  const entries = await settled()
  expect(entries.map((entry) => [entry.status, entry.attempt])).toEqual([
    [500, 1],
    [500, 2],
    [500, 1],
  ])
})

test('requests no handler answers are not the mock API’s, and Clear empties the log', async () => {
  server.use(http.get('*/api/other', () => HttpResponse.json({ ok: true })))
  await get('/api/other?x=1')
  const entries = await settled()
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({ endpoint: undefined, method: 'GET', path: '/api/other?x=1', status: 200 })
  log.clear()
  expect(log.getSnapshot()).toEqual([])
})
