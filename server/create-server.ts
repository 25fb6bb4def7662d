import { readdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { constants } from 'node:zlib'
import compress from '@fastify/compress'
import cookie from '@fastify/cookie'
import Fastify from 'fastify'
import { liveNotifications } from '../src/api/endpoints'
import { closeSilentConnections, defaultLimits, fastifyLimits, type ServerLimits } from './limits'
import { liveSocketOrigin, withLiveSetting } from './live-setting'
import { apiProxy } from './plugins/api-proxy'
import { referenceApi } from './plugins/reference-api'
import { securityHeaders } from './plugins/security-headers'
import { staticFiles } from './plugins/static-files'
import { loadStreamedBuild, streamedDocument, type StreamedBuild } from './plugins/streamed-document'
import type { ScenarioSession } from './scenario-sessions'

export interface ServerOptions {
  /** The mocking-off build to serve (npm run build:real). */
  dist: string
  /** The upstream API's origin; absent, the reference API is embedded, on `session`. */
  api?: string
  /** The embedded reference API's server-wide scenario. */
  session: ScenarioSession
  /** Stream the dashboard document (the default); false serves it as a static host would. */
  stream?: boolean
  /** More static folders, such as the benchmark's reference pages: URL prefix → folder. */
  extraRoots?: Record<string, string>
  connectOrigins?: string[]
  logger?: boolean
  /** The embedded API's test hooks: raw answers and request counts (server/raw-responses.ts). */
  testHooks?: boolean
  /**
   * The live socket's setting written into every page this server sends (src/api/live-setting.ts):
   * a path, an absolute URL, or `off`. By default this server's own socket (the embedded API's, or
   * the upstream's through the proxy).
   */
  live?: string
  /** What a client may cost (server/limits.ts); tests shorten the timeouts. */
  limits?: Partial<ServerLimits>
  /** The streamed build, when the caller has loaded it already (tests render with the source's components). */
  streamedBuild?: StreamedBuild
}

function htmlUnder(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

/**
 * The dashboard's server: the build, the streamed document (docs/architecture.md), and an API
 * behind the same origin, either the embedded reference API or a proxy to `api`.
 */
export async function createServer({
  dist,
  api,
  session,
  stream = true,
  extraRoots = {},
  connectOrigins = [],
  logger = false,
  testHooks = false,
  live = liveNotifications.path,
  limits: overrides = {},
  streamedBuild,
}: ServerOptions) {
  const limits = { ...defaultLimits, ...overrides }
  const app = Fastify({ logger, forceCloseConnections: true, ...fastifyLimits(limits) })
  closeSilentConnections(app.server, limits)
  const page = withLiveSetting(readFileSync(join(dist, 'index.html'), 'utf8'), live)
  const build = stream ? withLive(streamedBuild ?? (await loadStreamedBuild(dist)), live) : undefined
  // Every page's inline scripts and styles, the streamed document's included, are hashed into the one policy.
  const pages = [dist, ...Object.values(extraRoots)].map(htmlUnder)
  if (build) {
    const { before, afterRoot, reveal } = build.document
    pages.push(...Object.values(before), afterRoot, `<script>${reveal}</script>`)
  }
  await app.register(cookie)
  const liveOrigin = liveSocketOrigin(live)
  await app.register(securityHeaders, {
    pages: pages.join('\n'),
    connectOrigins: liveOrigin ? [...connectOrigins, liveOrigin] : connectOrigins,
  })
  // API answers and the streamed document are compressed per response; static files were compressed by the build.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  })
  if (api) await app.register(apiProxy, { upstream: api, bodyLimit: limits.bodyLimitBytes })
  else await app.register(referenceApi, { session, testHooks })
  if (build) {
    // The embedded API is this server itself, over loopback, so the streamed calls go the way an upstream's would.
    const ownOrigin = () => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    await app.register(streamedDocument, {
      build,
      upstream: () => api ?? ownOrigin(),
      deadlineMs: limits.streamDeadlineMs,
    })
  }
  await app.register(staticFiles, { dist, extraRoots, page, index: !build })
  return app
}

/** The streamed document's head, in every language, with this server's live setting. */
function withLive(build: StreamedBuild, live: string): StreamedBuild {
  const before = Object.fromEntries(
    Object.entries(build.document.before).map(([locale, html]) => [locale, withLiveSetting(html, live)]),
  )
  return { ...build, document: { ...build.document, before } }
}
