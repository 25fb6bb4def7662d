import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import { PassThrough, type Transform } from 'node:stream'
import type {} from '@fastify/compress' // its route option, `compress: false`
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { LOCALE_COOKIE, isLocale, pickLocale, type Locale } from '../../src/i18n/locale'
import type { RenderedSection, RenderStreamedSection } from '../../src/app/render-streamed'
import { DOCUMENT_FILE, RENDER_FILE, SERVER_DIR, type StreamedDocument } from '../../build/server-files'
import { callUpstream, FORWARDED_HEADERS, type UpstreamAnswer } from '../upstream'

// as_completed on the server (docs/architecture.md, "The streamed document"): GET / starts the
// four upstream calls the moment it arrives, writes the head and the prerendered shell at once,
// then each section's HTML and answer in the order the answers complete.

export interface StreamedBuild {
  document: StreamedDocument
  renderSection: RenderStreamedSection
}

/** What the build made for this server (build/streamed-document.ts): the document's pieces and the server build of the components. */
export async function loadStreamedBuild(dist: string): Promise<StreamedBuild> {
  const document = JSON.parse(await readFile(join(dist, SERVER_DIR, DOCUMENT_FILE), 'utf8')) as StreamedDocument
  const module = (await import(pathToFileURL(join(dist, SERVER_DIR, RENDER_FILE)).href)) as {
    renderStreamedSection: RenderStreamedSection
  }
  return { document, renderSection: module.renderStreamedSection }
}

export interface StreamedDocumentOptions {
  build: StreamedBuild
  /** The upstream API's origin, read per request (the embedded API's is known once the server listens). */
  upstream: () => string
  /** A reader that hasn't taken the whole document by then is cut off (ms). */
  deadlineMs?: number
}

/** The shopper's language: the switcher's cookie, else the first of Accept-Language we speak. */
export function chooseLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies?.[LOCALE_COOKIE]
  if (isLocale(chosen)) return chosen
  const accepted = (request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      )
      return { tag, q: Number.isFinite(q) ? q : 0 }
    })
    .filter(({ tag, q }) => tag && q > 0)
    .sort((a, b) => b.q - a.q)
  return pickLocale(
    null,
    accepted.map(({ tag }) => tag),
  )
}

/** Brotli, else gzip, else none; each flushed per write, so every section reaches the browser as it is written. */
function encoderFor(request: FastifyRequest): { encoding?: string; stream: Transform } {
  const accepted = String(request.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepted)) {
    // A 128 KB window holds a whole document (about 60 KB): Brotli's default, 4 MB, costs each open
    // stream megabytes of memory and the time to set them up, which under load decided the server's
    // memory and its time to first byte.
    const params = { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 17 }
    return { encoding: 'br', stream: createBrotliCompress({ flush: constants.BROTLI_OPERATION_FLUSH, params }) }
  }
  if (/\bgzip\b/.test(accepted)) return { encoding: 'gzip', stream: createGzip({ flush: constants.Z_SYNC_FLUSH }) }
  return { stream: new PassThrough() }
}

// Critical sections first, as the study prioritises: in the order calls start, and at a tie.
const byCriticality = [...endpointNames].sort(
  (a, b) => Number(endpoints[a].criticality !== 'critical') - Number(endpoints[b].criticality !== 'critical'),
)
const rank = (name: string) => byCriticality.indexOf(name as (typeof byCriticality)[number])

/** A JSON block in HTML ends at nothing: every "<" is escaped, so neither </script> nor <!-- can close it. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c')

function sectionChunk(answer: UpstreamAnswer, rendered: RenderedSection, reveal: string): string {
  const block = { v: 1, name: answer.name, at: answer.at, outcome: answer.outcome, strings: rendered.strings }
  return (
    `<div class="streamed" data-section="${answer.name}"${rendered.settled ? ' data-final' : ''}>` +
    `<script type="application/json" data-answer>${jsonForScript(block)}</script>${rendered.html}</div>` +
    `<script>${reveal}</script>`
  )
}

function startCalls(request: FastifyRequest, upstream: string, signal: AbortSignal) {
  const headers: Record<string, string> = {}
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  return byCriticality.map((name) => callUpstream(upstream, endpoints[name], { headers, signal }))
}

/** Writes each settled answer once; answers settled in the same turn go critical first. */
export function inCompletionOrder(calls: Promise<UpstreamAnswer>[], write: (answer: UpstreamAnswer) => void) {
  const ready: UpstreamAnswer[] = []
  let scheduled = false
  const flush = () => {
    scheduled = false
    ready.sort((a, b) => rank(a.name) - rank(b.name))
    for (const answer of ready.splice(0)) write(answer)
  }
  return Promise.allSettled(
    calls.map((call) =>
      call.then((answer) => {
        ready.push(answer)
        if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      }),
    ),
  ).then(() => new Promise<void>((resolve) => setImmediate(() => (flush(), resolve()))))
}

export const streamedDocument: FastifyPluginAsync<StreamedDocumentOptions> = async (
  app,
  { build, upstream, deadlineMs = 30_000 },
) => {
  const { document, renderSection } = build
  app.get('/', { compress: false }, async (request: FastifyRequest, reply: FastifyReply) => {
    const left = new AbortController()
    const calls = startCalls(request, upstream(), left.signal) // before anything else: the network is the long pole
    const locale = chooseLocale(request)
    // The page's own query string, as the browser will read it: a section drawn for `?category=` hydrates as drawn.
    const { search } = new URL(request.url, 'http://page')
    const { encoding, stream } = encoderFor(request)
    // A browser that leaves (or a reader too slow to take the document in time) ends the upstream calls.
    const deadline = setTimeout(() => reply.raw.destroy(), deadlineMs)
    reply.raw.once('close', () => {
      clearTimeout(deadline)
      if (!reply.raw.writableFinished) left.abort(new Error('the browser left'))
    })
    reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-store') // personal data is in it
      .header('Vary', 'Accept-Encoding, Accept-Language, Cookie')
    if (encoding) reply.header('Content-Encoding', encoding)
    stream.write(document.before[locale] + document.shells[locale] + document.afterRoot)
    reply.send(stream)
    await inCompletionOrder(calls, (answer) => {
      if (left.signal.aborted) return
      stream.write(sectionChunk(answer, renderSection(answer, locale, search), document.reveal))
    })
    stream.end(document.end)
    return reply
  })
}
