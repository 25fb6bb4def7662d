import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type {} from '@fastify/compress' // its route option, `compress: false`
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'

// The build's files, precompressed by the build (build/precompress.ts) and cached by what they are.
// The page itself (index.html) is the one file the server changes (its live socket's setting,
// server/live-setting.ts): it is kept in memory, compressed once at start-up.

export interface StaticFilesOptions {
  dist: string
  /** More folders, such as the benchmark's reference pages: URL prefix → folder. */
  extraRoots?: Record<string, string>
  /** index.html as this server sends it, at /index.html and, with `index`, at `/`. */
  page: string
  /** Serve the page at `/`; off when the streamed document answers `/`. */
  index: boolean
}

/** The page in every encoding, compressed once, at the highest levels, as the build does the rest. */
function pageVariants(page: string) {
  const bytes = Buffer.from(page)
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  }
  return {
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`,
    br: brotliCompressSync(bytes, { params }),
    gzip: gzipSync(bytes, { level: 9 }),
    identity: bytes,
  }
}

function sendPage(variants: ReturnType<typeof pageVariants>, request: FastifyRequest, reply: FastifyReply) {
  reply
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-cache')
    .header('Vary', 'Accept-Encoding')
    .header('ETag', variants.etag)
  if (request.headers['if-none-match'] === variants.etag) return reply.code(304).send()
  const accepted = String(request.headers['accept-encoding'] ?? '')
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined
  if (encoding) reply.header('Content-Encoding', encoding)
  return reply.send(variants[encoding ?? 'identity'])
}

// Vite puts content hashes in every file name under assets/, so those never change.
const IMMUTABLE = 'public, max-age=31536000, immutable'
const cacheHeaders = (reply: FastifyReply, path: string) =>
  reply.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache')
// Hidden source maps hold the whole source, and server/ holds what only this server reads: neither is served.
const allowedPath = (path: string) => !path.endsWith('.map') && !/^\/?server\//.test(path)

export const staticFiles: FastifyPluginAsync<StaticFilesOptions> = async (
  app,
  { dist, extraRoots = {}, page, index },
) => {
  const variants = pageVariants(page)
  const servePage = (request: FastifyRequest, reply: FastifyReply) => sendPage(variants, request, reply)
  app.get('/index.html', { compress: false }, servePage)
  if (index) app.get('/', { compress: false }, servePage)
  await app.register(fastifyStatic, {
    root: dist,
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
    wildcard: false,
    index: false,
    globIgnore: ['index.html', 'index.html.br', 'index.html.gz'],
    allowedPath,
  })
  for (const [prefix, root] of Object.entries(extraRoots)) {
    await app.register(fastifyStatic, {
      root,
      prefix,
      decorateReply: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: cacheHeaders,
      allowedPath,
    })
  }
}
