import type { Server } from 'node:http'
import { clearTimeout, setTimeout } from 'node:timers'
import type { FastifyHttpOptions } from 'fastify'

// What a client may cost the server (docs/testing.md, "The server under faults"): each bound
// ends a connection that holds resources without progress, or refuses a request too big to take.

export interface ServerLimits {
  /** A request's headers must have arrived this long after it began, or it gets 408 and is closed (ms). */
  headersTimeoutMs: number
  /** The whole request, body included (ms). */
  requestTimeoutMs: number
  /** A connection with no traffic either way this long is closed (ms); a live socket is exempt once open. */
  idleTimeoutMs: number
  /** How often Node checks the two timeouts above (ms): a dripping client lasts at most this much longer. */
  checkEveryMs: number
  /** Request headers larger than this are refused with 431 (Node's own default). */
  maxHeaderBytes: number
  /** A request body larger than this is refused with 413 (Fastify's own default), proxied ones too. */
  bodyLimitBytes: number
  /** A streamed document not taken whole by then is cut off, and its upstream calls with it (ms). */
  streamDeadlineMs: number
}

export const defaultLimits: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  checkEveryMs: 1_000,
  maxHeaderBytes: 16 * 1024,
  bodyLimitBytes: 1024 * 1024,
  streamDeadlineMs: 30_000,
}

/** Fastify's options (and its Node server's) for a set of limits. */
export function fastifyLimits(limits: ServerLimits): FastifyHttpOptions<Server> {
  return {
    connectionTimeout: limits.idleTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    bodyLimit: limits.bodyLimitBytes,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
  }
}

/**
 * Node's headers timeout starts with a request's first byte, so a connection that never sends one
 * would stay open for ever: closes each one that has sent nothing within the headers timeout.
 */
export function closeSilentConnections(server: Server, limits: ServerLimits): void {
  server.on('connection', (socket) => {
    const timer = setTimeout(() => {
      if (socket.bytesRead === 0) socket.destroy()
    }, limits.headersTimeoutMs)
    socket.once('close', () => clearTimeout(timer))
  })
}
