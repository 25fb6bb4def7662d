// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import v8 from 'node:v8'
import vm from 'node:vm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import WebSocket from 'ws'
import { deriveStreamedDocument } from '../../build/streamed-document'
import * as fixtures from '../../mocks/fixtures'
import { server as mockApi } from '../../mocks/node'
import { createReferenceApiServer } from '../../server/create-reference-api-server'
import { createServer } from '../../server/create-server'
import type { ServerLimits } from '../../server/limits'
import { sessionFrom } from '../../server/scenario-sessions'
import { MAX_UPSTREAM_BODY_BYTES } from '../../server/upstream'
import type { ApiErrorKind } from '../../src/api/api-error'
import { endpointNames, endpoints, type EndpointName } from '../../src/api/endpoints'
import { renderStreamedSection } from '../../src/app/render-streamed'

// The dashboard's server under faults (docs/testing.md, "The server under faults"): in front
// of an upstream this file controls (`npm run serve -- --api <origin>`), over real sockets, with
// the source's components rendering the streamed sections. Each case says what it must end in;
// every wait is on an event (an answer, a close), never on a clock, but for the limits' own timers.

// Real fetch for the server's upstream calls: the test setup's mock API would stand in between.
beforeAll(() => mockApi.close())

const closers: (() => Promise<unknown>)[] = []
afterAll(async () => {
  while (closers.length) await closers.pop()!()
})

const bodies: Record<EndpointName, unknown> = {
  products: fixtures.products,
  categories: fixtures.categories,
  profile: fixtures.profile,
  notifications: fixtures.notifications(),
}
const nameOf = (url = '') => endpointNames.find((name) => endpoints[name].path === url.split('?')[0])
const timeoutMs = Math.max(...endpointNames.map((name) => endpoints[name].timeoutMs))

/** A build folder the server can serve: the page (with its live setting) and nothing else. */
const html =
  '<!doctype html><html lang="en"><head><meta name="ecomarket-live" content="off"><title>EcoMarket</title></head><body><div id="root"></div></body></html>'

function pageFolder(): string {
  const dist = mkdtempSync(join(tmpdir(), 'ecomarket-faults-'))
  writeFileSync(join(dist, 'index.html'), html)
  closers.push(async () => rmSync(dist, { recursive: true, force: true }))
  return dist
}

/** The streamed document's pieces, derived from that page by the build's own step; the sections rendered by the app's components. */
function streamedBuild() {
  const before: Record<string, string> = {}
  let rest = { afterRoot: '', end: '' }
  for (const locale of ['en', 'es']) {
    const parts = deriveStreamedDocument(html, locale, 'EcoMarket')
    before[locale] = parts.before
    rest = parts
  }
  return {
    document: {
      before,
      shells: { en: '<p>shell</p>', es: '<p>carcasa</p>' },
      afterRoot: rest.afterRoot,
      end: rest.end,
      reveal: 'void 0',
    },
    renderSection: renderStreamedSection,
  }
}

/** The dashboard's server in front of `api`, as `npm run serve -- --api <api>` starts it. */
async function dashboardServer(api: string, options: { limits?: Partial<ServerLimits>; testHooks?: boolean } = {}) {
  const dist = pageFolder()
  const app = await createServer({
    dist,
    api: api || undefined,
    session: sessionFrom('').session,
    streamedBuild: streamedBuild(),
    testHooks: options.testHooks,
    limits: options.limits,
  })
  const origin = await app.listen({ port: 0, host: '127.0.0.1' })
  closers.push(() => app.close())
  return { app, origin: new URL(origin) }
}

const connections = (server: Server) =>
  new Promise<number>((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n))))

/** Resolves once a server has no open connection left. */
async function drained(server: Server) {
  while ((await connections(server)) > 0) await new Promise((resolve) => setTimeout(resolve, 10))
}

/** How many timers and sockets this process holds now. */
const handles = () => {
  const all = process.getActiveResourcesInfo()
  return {
    timers: all.filter((kind) => kind === 'Timeout').length,
    sockets: all.filter((kind) => kind === 'TCPSocketWrap').length,
  }
}

// ─── The hostile upstream ────────────────────────────────────────────────────────────────────────

type Answer = (request: IncomingMessage, response: ServerResponse, name: EndpointName) => void
type Expected = 'data' | { kind: ApiErrorKind; status?: number; retryAfterMs?: number }

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(typeof body === 'string' ? body : JSON.stringify(body))
}
/** Runs `then` after `ms`, unless the request is left first (so a case leaves no timer behind). */
const later = (request: IncomingMessage, ms: number, then: () => void) => {
  const timer = setTimeout(then, ms)
  request.socket.once('close', () => clearTimeout(timer))
}

/** Each fault, as every endpoint of one page answers, and the typed state the page's answer block must carry. */
const faults: [why: string, answer: Answer, expected: Expected][] = [
  ['answers at once', (_, response, name) => json(response, 200, bodies[name]), 'data'],
  [
    'answers slowly, within its timeout',
    (request, response, name) => later(request, 300, () => json(response, 200, bodies[name])),
    'data',
  ],
  [
    'answers only after its timeout',
    (request, response, name) => later(request, timeoutMs + 1_000, () => json(response, 200, bodies[name])),
    { kind: 'timeout' },
  ],
  ['never answers', () => {}, { kind: 'timeout' }],
  [
    'sends its headers, then never the body',
    (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.flushHeaders()
    },
    { kind: 'timeout' },
  ],
  [
    'drips its body past the timeout',
    (request, response, name) => {
      const text = JSON.stringify(bodies[name])
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
      let sent = 0
      const drip = setInterval(() => response.write(text[sent++] ?? ''), 100)
      request.socket.once('close', () => clearInterval(drip))
    },
    { kind: 'timeout' },
  ],
  [
    'resets the connection half-way through the body',
    (_, response, name) => {
      const text = JSON.stringify(bodies[name])
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
      response.write(text.slice(0, text.length / 2), () => response.socket?.resetAndDestroy())
    },
    { kind: 'offline' },
  ],
  ['closes the connection before its headers', (request) => request.socket.destroy(), { kind: 'offline' }],
  [
    'promises more body than it sends, then closes',
    (_, response, name) => {
      const text = JSON.stringify(bodies[name])
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text) + 100),
      })
      response.write(text, () => response.socket?.end())
    },
    { kind: 'offline' },
  ],
  ['answers 500', (_, response) => json(response, 500, { error: 'boom' }), { kind: 'http', status: 500 }],
  [
    'answers 502 with an HTML page',
    (_, response) => {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end('<html><body>Bad gateway</body></html>')
    },
    { kind: 'http', status: 502 },
  ],
  [
    'answers 503 with Retry-After',
    (_, response) => json(response, 503, {}, { 'retry-after': '2' }),
    { kind: 'http', status: 503, retryAfterMs: 2_000 },
  ],
  ['answers 429', (_, response) => json(response, 429, {}), { kind: 'http', status: 429 }],
  ['answers 401', (_, response) => json(response, 401, {}), { kind: 'http', status: 401 }],
  ['answers 404', (_, response) => json(response, 404, {}), { kind: 'http', status: 404 }],
  [
    'answers an HTML page with 200',
    (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<!doctype html><p>Welcome</p>')
    },
    { kind: 'invalid-data' },
  ],
  ['answers JSON of the wrong shape', (_, response) => json(response, 200, { nope: true }), { kind: 'invalid-data' }],
  ['answers an empty 200', (_, response) => json(response, 200, ''), { kind: 'invalid-data' }],
  [
    'answers JSON cut in half, with a length that matches',
    (_, response, name) => json(response, 200, JSON.stringify(bodies[name]).slice(0, 40)),
    { kind: 'invalid-data' },
  ],
  [
    'answers a body past the server’s size limit',
    (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      let left = MAX_UPSTREAM_BODY_BYTES + chunk.length
      const more = () => {
        while (left > 0 && !response.destroyed) {
          left -= chunk.length
          if (!response.write(chunk)) return void response.once('drain', more)
        }
        response.end()
      }
      more()
    },
    { kind: 'invalid-data' },
  ],
  [
    'says gzip, but sends plain JSON',
    (_, response, name) => json(response, 200, bodies[name], { 'content-encoding': 'gzip' }),
    { kind: 'offline' },
  ],
  [
    'redirects to itself, forever',
    (request, response) => {
      response.writeHead(302, { location: request.url! })
      response.end()
    },
    { kind: 'offline' },
  ],
]

/**
 * An upstream whose every endpoint answers as the fault the request's `fault` cookie names (the
 * dashboard's server passes the browser's cookies on). It notes each request that closed before
 * its answer was finished.
 */
async function hostileUpstream(answers: Record<string, Answer>) {
  const requests: { name?: EndpointName; fault: string; finished: boolean; closed: boolean }[] = []
  const upstream = createHttpServer((request, response) => {
    const fault = /(?:^|;\s*)fault=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? ''
    const name = nameOf(request.url)
    const seen = { name, fault, finished: false, closed: false }
    requests.push(seen)
    response.once('finish', () => (seen.finished = true))
    response.once('close', () => (seen.closed = true))
    if (!name || !answers[fault]) return json(response, 404, {})
    answers[fault](request, response, name)
  })
  upstream.listen(0, '127.0.0.1')
  await new Promise((resolve) => upstream.once('listening', resolve))
  closers.push(async () => {
    upstream.closeAllConnections()
    await new Promise((resolve) => upstream.close(resolve))
  })
  return { server: upstream, origin: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, requests }
}

interface Page {
  status: number
  text: string
}

/** GETs the streamed page as a browser without compression would, to its end. */
function readPage(url: URL, cookie: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { cookie, 'accept-encoding': 'identity' } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, text }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
}

/** Each section's answer block, by section, as the page carries them. */
const answerBlocks = (text: string) =>
  Object.fromEntries(
    [...text.matchAll(/<script type="application\/json" data-answer>(.*?)<\/script>/g)].map(([, json]) => {
      const block = JSON.parse(json) as { name: string; outcome: { data?: unknown; error?: object } }
      return [block.name, block.outcome]
    }),
  )

const outcomeFor = (expected: Expected) =>
  expected === 'data' ? { data: expect.anything() } : { error: expect.objectContaining(expected) }

// ─── The upstream's faults: the page still completes, with each section's typed state ──────────

describe('the upstream’s faults', () => {
  let upstream: Awaited<ReturnType<typeof hostileUpstream>>
  let dashboard: Awaited<ReturnType<typeof dashboardServer>>
  beforeAll(async () => {
    upstream = await hostileUpstream(Object.fromEntries(faults.map(([, answer], i) => [`f${i}`, answer])))
    dashboard = await dashboardServer(upstream.origin)
  })

  test.concurrent.for(faults.map(([why, , expected], i) => [why, i, expected] as const))(
    'an upstream that %s',
    async ([, i, expected], { expect }) => {
      const page = await readPage(new URL('/', dashboard.origin), `fault=f${i}`)
      expect(page.status).toBe(200)
      expect(page.text.endsWith('</body></html>')).toBe(true)
      const blocks = answerBlocks(page.text)
      expect(Object.keys(blocks).sort()).toEqual([...endpointNames].sort())
      for (const name of endpointNames) expect(blocks[name], name).toEqual(outcomeFor(expected))
    },
  )

  test('an upstream that is down: every section offline, and the page complete', async () => {
    const closed = createHttpServer()
    closed.listen(0, '127.0.0.1')
    await new Promise((resolve) => closed.once('listening', resolve))
    const origin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve)) // nothing listens there now
    const down = await dashboardServer(origin)
    const page = await readPage(new URL('/', down.origin), '')
    expect(page.text.endsWith('</body></html>')).toBe(true)
    for (const name of endpointNames) expect(answerBlocks(page.text)[name]).toEqual({ error: { kind: 'offline' } })
  })

  test('each fault on its own endpoint, in one page: every section its own state', async () => {
    const mixed = await hostileUpstream({
      mixed: (request, response, name) => {
        const pick: Record<EndpointName, string> = {
          products: 'closes the connection before its headers',
          categories: 'answers at once',
          profile: 'never answers',
          notifications: 'answers JSON of the wrong shape',
        }
        faults.find(([why]) => why === pick[name])![1](request, response, name)
      },
    })
    const server = await dashboardServer(mixed.origin)
    const page = await readPage(new URL('/', server.origin), 'fault=mixed')
    expect(answerBlocks(page.text)).toEqual({
      products: { error: { kind: 'offline' } },
      categories: { data: expect.anything() },
      profile: { error: { kind: 'timeout' } },
      notifications: { error: { kind: 'invalid-data' } },
    })
    expect(page.text.endsWith('</body></html>')).toBe(true)
  })
})

// ─── The browser leaving, and slow clients ───────────────────────────────────────────────────────

describe('a browser that leaves, and clients too slow to be served', () => {
  const limits: Partial<ServerLimits> = {
    headersTimeoutMs: 300,
    requestTimeoutMs: 600,
    idleTimeoutMs: 600,
    checkEveryMs: 50,
    streamDeadlineMs: 500,
  }
  let upstream: Awaited<ReturnType<typeof hostileUpstream>>
  let dashboard: Awaited<ReturnType<typeof dashboardServer>>
  beforeAll(async () => {
    upstream = await hostileUpstream({
      // Products and categories answer (closing their connections, so nothing stays pooled); the optional two hang.
      'two-hang': (_, response, name) =>
        endpoints[name].criticality === 'critical'
          ? json(response, 200, bodies[name], { connection: 'close' })
          : undefined,
      'all-hang': () => {},
    })
    dashboard = await dashboardServer(upstream.origin, { limits })
  })

  test('leaving mid-stream ends the calls still open upstream, and leaves no timer or socket behind', async () => {
    const before = handles()
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(
        new URL('/', dashboard.origin),
        { headers: { cookie: 'fault=two-hang', 'accept-encoding': 'identity' } },
        (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => {
            text += chunk
            // The first section is on the page: leave, as a browser closing its tab would.
            if (/data-section="(products|categories)"/.test(text)) {
              request.destroy()
              resolve()
            }
          })
        },
      )
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)))
      request.end()
    })
    const hanging = () => upstream.requests.filter((seen) => seen.fault === 'two-hang' && !seen.finished)
    await expect
      .poll(() => hanging().map((seen) => [seen.name, seen.closed]))
      .toEqual([
        ['profile', true],
        ['notifications', true],
      ])
    await drained(dashboard.app.server)
    // Before the shortest timer the request made (the calls' 2 s timeouts) could have ended by itself.
    await expect
      .poll(
        () => {
          const now = handles()
          return now.timers <= before.timers && now.sockets <= before.sockets
        },
        { timeout: 1_000 },
      )
      .toBe(true)
  })

  test('headers dripped slowly: 408, and the connection closed', async () => {
    const socket = connect((dashboard.app.server.address() as AddressInfo).port, '127.0.0.1')
    let said = ''
    socket.on('data', (chunk) => (said += chunk))
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ')
    const drip = setInterval(() => socket.write('a'), 50)
    await new Promise((resolve) => socket.once('close', resolve))
    clearInterval(drip)
    expect(said).toMatch(/^HTTP\/1\.1 408/)
    expect(upstream.requests.filter((seen) => seen.fault === '')).toEqual([]) // the page never started
  })

  test('a connection that says nothing is closed', async () => {
    const socket = connect((dashboard.app.server.address() as AddressInfo).port, '127.0.0.1')
    await new Promise((resolve) => socket.once('close', resolve))
  })

  test('a body dripped slowly: 408, and the connection closed', async () => {
    // The embedded API reads the body itself (through the proxy, the upstream would answer first).
    const embedded = await dashboardServer('', { limits })
    const socket = connect((embedded.app.server.address() as AddressInfo).port, '127.0.0.1')
    let said = ''
    socket.on('data', (chunk) => (said += chunk))
    socket.write(
      'POST /__scenario HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    )
    const drip = setInterval(() => socket.write(' '), 50)
    await new Promise((resolve) => socket.once('close', resolve))
    clearInterval(drip)
    expect(said).toMatch(/^HTTP\/1\.1 408/)
  })

  test('a reader that never reads is cut off at the deadline, and its calls upstream with it', async () => {
    const socket = connect((dashboard.app.server.address() as AddressInfo).port, '127.0.0.1')
    socket.pause() // takes nothing
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nCookie: fault=all-hang\r\n\r\n')
    const calls = () => upstream.requests.filter((seen) => seen.fault === 'all-hang')
    await expect.poll(() => calls().length).toBe(4)
    await drained(dashboard.app.server)
    await expect.poll(() => calls().every((seen) => seen.closed && !seen.finished)).toBe(true)
    socket.destroy()
  })
})

// ─── Oversized requests, and the test hooks ─────────────────────────────────────────────────────

/** One request with a raw body and headers; resolves with the status. */
function send(url: URL, method: string, headers: Record<string, string>, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      response.resume()
      resolve(response.statusCode!)
    })
    request.on('error', reject)
    request.end(body)
  })
}

describe('requests too big to take', () => {
  const big = JSON.stringify({ search: '', session: 'x', padding: 'a'.repeat(2 * 1024 * 1024) })

  test('headers past 16 KB: 431', async () => {
    const { origin } = await dashboardServer('')
    expect(await send(new URL('/', origin), 'GET', { 'x-big': 'a'.repeat(20 * 1024) })).toBe(431)
  })

  test.each(['/__scenario', '/__live/push'])('a 2 MB body to POST %s: 413', async (path) => {
    const { origin } = await dashboardServer('')
    expect(await send(new URL(path, origin), 'POST', { 'content-type': 'application/json' }, big)).toBe(413)
  })

  test('through the proxy (--api): 413 for a body past the limit, 411 for one of no stated length, and the upstream sees neither', async () => {
    const upstream = await hostileUpstream({})
    const { origin } = await dashboardServer(upstream.origin)
    const url = new URL('/__scenario', origin)
    expect(await send(url, 'POST', { 'content-type': 'application/json' }, big)).toBe(413)
    expect(await send(url, 'POST', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, '{}')).toBe(
      411,
    )
    expect(upstream.requests).toEqual([])
  })
})

describe('test hooks', () => {
  const raw = { products: [{ status: 418 }] }
  const post = (origin: URL, body: unknown) =>
    send(new URL('/__scenario', origin), 'POST', { 'content-type': 'application/json' }, JSON.stringify(body))

  test('absent unless asked for: no raw answers, no counts', async () => {
    const { origin } = await dashboardServer('')
    expect(await post(origin, { search: '', session: 's', raw })).toBe(400)
    expect(await post(origin, { search: '', session: 's' })).toBe(200)
    expect(await send(new URL('/__scenario/s/attempts', origin), 'GET', {})).toBe(404)
    expect(await send(new URL('/__scenario/s/abandoned', origin), 'GET', {})).toBe(404)
  })

  test('there with --test-hooks', async () => {
    const { origin } = await dashboardServer('', { testHooks: true })
    expect(await post(origin, { search: '', session: 's', raw })).toBe(200)
    expect(await send(new URL('/__scenario/s/attempts', origin), 'GET', {})).toBe(200)
    expect(await send(new URL('/__scenario/s/abandoned', origin), 'GET', {})).toBe(200)
  })
})

// ─── 1,000 live sockets ─────────────────────────────────────────────────────────────────────────

/** V8's collector, exposed for this process if the runner didn't. */
const collectGarbage: () => void =
  (globalThis as { gc?: () => void }).gc ?? (v8.setFlagsFromString('--expose-gc'), vm.runInNewContext('gc'))

async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    collectGarbage()
    await nextTurn()
  }
  return process.memoryUsage().heapUsed
}

/** Opens `count` sockets, pushes one notification to them all, waits until each has it, closes them, and waits until the server has let go of each. */
async function liveRound(api: FastifyInstance, origin: string, count: number) {
  const url = `${origin.replace('http', 'ws')}/api/notifications/live`
  const sockets: WebSocket[] = []
  for (let opened = 0; opened < count; opened += 100) {
    const batch = Array.from({ length: Math.min(100, count - opened) }, () => new WebSocket(url))
    await Promise.all(
      batch.map((socket) => new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))),
    )
    sockets.push(...batch)
  }
  const received = sockets.map(
    (socket) => new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data)))),
  )
  await send(new URL('/__live/push', origin), 'POST', {})
  const messages = await Promise.all(received)
  const open = (await connections(api.server)) - 1 // the push's own request is still counted
  const peak = process.memoryUsage().heapUsed
  await Promise.all(sockets.map((socket) => new Promise((resolve) => (socket.once('close', resolve), socket.close()))))
  await drained(api.server)
  return { open, peak, delivered: messages.filter((text) => JSON.parse(text).type === 'notification').length }
}

test('1,000 live sockets each get a push, and memory is flat once they have closed', { timeout: 60_000 }, async () => {
  // The reference API's socket at its own pace off, so the one push is the test's.
  const api = await createReferenceApiServer({ session: sessionFrom('?live=off').session })
  const origin = await api.listen({ port: 0, host: '127.0.0.1' })
  closers.push(() => api.close())
  await liveRound(api, origin, 100) // warm-up: the code paths compiled, the pools made
  const before = await heapAfterGc()
  const first = await liveRound(api, origin, 1_000)
  const afterFirst = await heapAfterGc()
  const second = await liveRound(api, origin, 1_000)
  const afterSecond = await heapAfterGc()
  expect([first.open, first.delivered, second.open, second.delivered]).toEqual([1_000, 1_000, 1_000, 1_000])
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100
  console.info(
    `live sockets: heap after GC ${mb(before)} MB before, ${mb(first.peak)} MB with 1,000 open, ${mb(afterFirst)} MB after they closed, ${mb(afterSecond)} MB after a second 1,000`,
  )
  // Flat: what 1,000 sockets held is given back (each held tens of KB while open).
  expect(afterFirst - before).toBeLessThan(2 * 1024 * 1024)
  expect(afterSecond - afterFirst).toBeLessThan(1024 * 1024)
})
