// @vitest-environment node
import { request as httpRequest } from 'node:http'
import { createBrotliDecompress } from 'node:zlib'
import cookie from '@fastify/cookie'
import Fastify, { type FastifyRequest } from 'fastify'
import { http, passthrough } from 'msw'
import { afterEach, expect, test } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import { server } from '../../mocks/node'
import { chooseLocale, inCompletionOrder, streamedDocument } from '../../server/plugins/streamed-document'
import type { UpstreamAnswer } from '../../server/upstream'

// The streamed document (server/plugins/streamed-document.ts) against a small upstream whose
// answers come when the test says: what is written, in what order, and what a leaving browser ends.

const document = {
  before: { en: '<html lang="en"><body><div id="root">', es: '<html lang="es"><body><div id="root">' },
  shells: { en: 'SHELL', es: 'CARCASA' },
  afterRoot: '</div>',
  end: '</body></html>',
  reveal: 'reveal()',
}
const renderSection = ({ name, outcome }: { name: string; outcome: object }) => ({
  html: `<section>${name}</section>`,
  settled: 'data' in outcome,
  strings: {},
})
const bodies: Record<string, unknown> = {
  products: fixtures.products,
  categories: fixtures.categories,
  profile: fixtures.profile,
  notifications: fixtures.notifications(),
}

const closers: (() => Promise<unknown>)[] = []
afterEach(async () => {
  while (closers.length) await closers.pop()!()
})

/** An upstream whose endpoints each wait for `release(name)`; it notes which requests were abandoned. */
async function controlledUpstream() {
  const releases = new Map<string, () => void>()
  const abandoned: string[] = []
  const app = Fastify({ forceCloseConnections: true })
  for (const name of Object.keys(bodies)) {
    app.get(`/api/${name}`, async (_request, reply) => {
      reply.raw.once('close', () => !reply.raw.writableFinished && abandoned.push(name))
      await new Promise<void>((resolve) => releases.set(name, resolve))
      return bodies[name]
    })
  }
  const origin = await app.listen({ port: 0, host: '127.0.0.1' })
  closers.push(() => app.close())
  server.use(http.all(`${origin}/*`, () => passthrough())) // the dashboard server's calls, past the test setup's mock API
  const arrived = async (name: string) => {
    while (!releases.has(name)) await new Promise((resolve) => setTimeout(resolve, 5))
  }
  const release = async (name: string) => {
    await arrived(name)
    releases.get(name)!()
  }
  return { origin, release, arrived, abandoned }
}

async function dashboardServer(upstream: string) {
  const app = Fastify({ forceCloseConnections: true })
  await app.register(cookie)
  await app.register(streamedDocument, { build: { document, renderSection }, upstream: () => upstream })
  const origin = await app.listen({ port: 0, host: '127.0.0.1' })
  closers.push(() => app.close())
  return new URL(origin)
}

/** Reads the document as a browser would, brotli and all, keeping each piece as it arrives. */
function open(url: URL, headers: Record<string, string> = {}) {
  const pieces: string[] = []
  let onPiece = () => {}
  const request = httpRequest(url, { headers: { 'accept-encoding': 'br', ...headers } })
  const done = new Promise<void>((resolve) => {
    request.on('response', (response) => {
      const text = response.pipe(createBrotliDecompress())
      text.on('data', (chunk: Buffer) => {
        pieces.push(chunk.toString())
        onPiece()
      })
      text.on('end', () => resolve())
    })
  })
  request.end()
  const piece = (match: string) =>
    new Promise<void>((resolve) => {
      const check = () => pieces.join('').includes(match) && resolve()
      onPiece = check
      check()
    })
  return { pieces, piece, done, leave: () => request.destroy() }
}

test('the head and the shell come at once; then each section, compressed and flushed, as its answer completes', async () => {
  const upstream = await controlledUpstream()
  const url = await dashboardServer(upstream.origin)
  const page = open(url)
  await page.piece('SHELL</div>') // before any upstream has answered
  for (const name of ['products', 'categories', 'profile', 'notifications']) await upstream.arrived(name)
  for (const name of ['profile', 'categories', 'notifications', 'products']) {
    await upstream.release(name)
    await page.piece(`<section>${name}</section>`) // each reaches the reader on its own
  }
  await page.done
  const text = page.pieces.join('')
  expect(text.startsWith('<html lang="en"><body><div id="root">SHELL</div>')).toBe(true)
  expect(text.endsWith('</body></html>')).toBe(true)
  const order = [...text.matchAll(/data-section="(\w+)"/g)].map(([, name]) => name)
  expect(order).toEqual(['profile', 'categories', 'notifications', 'products'])
  expect(text).toContain('<script>reveal()</script>')
  const block = JSON.parse(/data-answer>(.*?)<\/script>/.exec(text)![1])
  expect(block).toMatchObject({ v: 1, name: 'profile', outcome: { data: { item: fixtures.profile, omitted: 0 } } })
})

test('answers ready at the same write go critical first', async () => {
  const written: string[] = []
  const answer = (name: string): UpstreamAnswer => ({ name, outcome: { data: [] }, at: 0 })
  await inCompletionOrder(
    [
      Promise.resolve(answer('profile')),
      Promise.resolve(answer('notifications')),
      Promise.resolve(answer('categories')),
    ],
    (ready) => written.push(ready.name),
  )
  expect(written).toEqual(['categories', 'profile', 'notifications'])
})

test('a browser that leaves mid-stream ends the upstream calls still open', async () => {
  const upstream = await controlledUpstream()
  const url = await dashboardServer(upstream.origin)
  const page = open(url)
  for (const name of ['products', 'categories', 'profile', 'notifications']) await upstream.arrived(name)
  await upstream.release('categories')
  await page.piece('<section>categories</section>')
  page.leave()
  await expect.poll(() => upstream.abandoned.toSorted()).toEqual(['notifications', 'products', 'profile'])
})

test.each<[string, Record<string, string>, string]>([
  ['the switcher’s cookie', { cookie: 'ecomarket-locale=es' }, 'es'],
  ['Accept-Language, by its weights', { 'accept-language': 'de;q=0.9, es-MX;q=0.8, en;q=0.1' }, 'es'],
  [
    'a cookie naming no language we speak, then Accept-Language',
    { cookie: 'ecomarket-locale=xx', 'accept-language': 'en-GB' },
    'en',
  ],
  ['nothing at all', {}, 'en'],
  ['a malformed header', { 'accept-language': ';;q=abc,' }, 'en'],
])('the language comes from %s', (_, headers, locale) => {
  const cookies = Object.fromEntries(
    (headers.cookie ?? '')
      .split(';')
      .filter(Boolean)
      .map((pair) => pair.trim().split('=')),
  )
  expect(chooseLocale({ headers, cookies } as unknown as FastifyRequest)).toBe(locale)
})
