import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import fastifyStatic from '@fastify/static'

// The build's files, precompressed by the build (build/precompress.ts) and cached by what they are.

export interface StaticFilesOptions {
  dist: string
  /** More folders, such as the benchmark's reference pages: URL prefix → folder. */
  extraRoots?: Record<string, string>
  /** Serve index.html at `/`; off when the streamed document answers `/`. */
  index: boolean
}

// Vite puts content hashes in every file name under assets/, so those never change.
const IMMUTABLE = 'public, max-age=31536000, immutable'
const cacheHeaders = (reply: FastifyReply, path: string) =>
  reply.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache')
// Hidden source maps hold the whole source, and server/ holds what only this server reads: neither is served.
const allowedPath = (path: string) => !path.endsWith('.map') && !/^\/?server\//.test(path)

export const staticFiles: FastifyPluginAsync<StaticFilesOptions> = async (app, { dist, extraRoots = {}, index }) => {
  await app.register(fastifyStatic, {
    root: dist,
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
    wildcard: false,
    index: index ? ['index.html'] : false,
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
