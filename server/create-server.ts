import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import cookie from '@fastify/cookie'
import compress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyReply } from 'fastify'
import { constants } from 'node:zlib'
import { precompress } from './precompress'
import { registerLiveNotifications } from './live-notifications'
import { registerReferenceApi } from './reference-api'
import { createSessionStore, type ScenarioSession } from './scenario-sessions'
import { registerSecurityHeaders } from './security-headers'

export interface ServerOptions {
  /** The mocking-off build to serve. */
  dist: string
  session: ScenarioSession
  /** More static folders, such as the benchmark's reference pages: URL prefix → folder. */
  extraRoots?: Record<string, string>
  connectOrigins?: string[]
  logger?: boolean
  /** Lets a test's own session answer raw bytes and read its request counts (server/raw-responses.ts). */
  testHooks?: boolean
}

// Vite puts content hashes in every file name under assets/, so those never change.
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** The production-like server: the static build, compressed and cached, plus the reference API. */
export async function createServer({
  dist,
  session,
  extraRoots = {},
  connectOrigins = [],
  logger = false,
  testHooks = false,
}: ServerOptions) {
  const app = Fastify({ logger, forceCloseConnections: true })
  const roots = [dist, ...Object.values(extraRoots)]
  // Every page's inline scripts and styles are hashed into the one policy.
  const indexHtml = roots.flatMap((root) => htmlFilesUnder(root).map((file) => readFileSync(file, 'utf8'))).join('\n')
  await app.register(cookie)
  await registerSecurityHeaders(app, { indexHtml, connectOrigins })
  // API answers are compressed per request; static files were compressed once, below.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  })
  const sessions = createSessionStore(session)
  registerReferenceApi(app, sessions, { testHooks })
  await registerLiveNotifications(app, sessions)

  for (const root of roots) precompress(root)
  const cacheHeaders = (reply: FastifyReply, path: string) =>
    reply.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache')
  // The build writes hidden source maps for error reports; they hold the whole source, so they are never served.
  const allowedPath = (path: string) => !path.endsWith('.map')
  await app.register(fastifyStatic, {
    root: dist,
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
    wildcard: false,
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
  return app
}

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
}
