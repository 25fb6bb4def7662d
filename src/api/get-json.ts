import { safeParse, type GenericSchema } from 'valibot'
import { ApiError } from './api-error'
import { takeEarlyRequest } from './early-requests'
import type { Endpoint } from './endpoints'

/** The API's base, without a trailing slash; a path in it is kept (`https://host/v1` + `/api/…`). */
export const apiBaseUrl = (): string =>
  (import.meta.env.VITE_API_BASE_URL || globalThis.location?.origin || '').replace(/\/+$/, '')

class TimeoutSignal extends Error {}

/** The longest `Retry-After` kept, so a hostile header can't become an endless or non-finite wait. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000

/** A `Retry-After` header (seconds, or an HTTP date) as ms from now; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  const text = header?.trim()
  if (!text) return undefined
  // Seconds are digits only; an HTTP date always has letters (its day, month and GMT).
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /[a-z]/i.test(text) ? Date.parse(text) - now : Number.NaN
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS)
}

/**
 * Turns a response into its validated body. A body that breaks off on the way is `offline` (the
 * connection failed, so another try may work); only one that arrived whole and doesn't parse or
 * validate is `invalid-data`.
 */
export async function readBody<T>(
  response: Response,
  endpoint: Endpoint<string>,
  schema: GenericSchema<unknown, T>,
): Promise<T> {
  if (!response.ok) {
    const retryAfter = retryAfterMs(response.headers.get('Retry-After'))
    throw new ApiError('http', endpoint.name, `HTTP ${response.status}`, {
      status: response.status,
      retryAfterMs: retryAfter,
    })
  }
  const text = await response.text().catch((cause: unknown) => {
    throw new ApiError('offline', endpoint.name, 'the connection broke while the body arrived', { cause })
  })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (cause) {
    throw new ApiError('invalid-data', endpoint.name, 'body is not JSON', { cause })
  }
  const parsed = safeParse(schema, body)
  // Only a wrong shape fails (a wrong item is left out), so the first issue says what it was.
  if (!parsed.success)
    throw new ApiError('invalid-data', endpoint.name, `body does not match its schema: ${parsed.issues[0].message}`)
  return parsed.output
}

/**
 * GETs an endpoint and validates its body. Rejects only with ApiError, except when the caller's
 * own signal aborts (a cancelled query), which rethrows that signal's reason.
 */
export async function getJson<T>(
  endpoint: Endpoint<string>,
  schema: GenericSchema<unknown, T>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<T> {
  // The page's first attempt adopts the request its HTML already started; its timeout counts from then.
  const early = takeEarlyRequest(endpoint.name)
  const controller = early?.controller ?? new AbortController()
  const elapsedMs = early ? performance.now() - early.startedAt : 0
  // setTimeout rather than AbortSignal.timeout, so that fake timers can drive it.
  const timer = setTimeout(() => controller.abort(new TimeoutSignal()), Math.max(0, endpoint.timeoutMs - elapsedMs))
  const forwardAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', forwardAbort, { once: true })
  if (signal?.aborted) forwardAbort()

  // Whatever failed, the caller's abort and the timeout come first.
  const settle = (error: unknown): never => {
    if (signal?.aborted) throw signal.reason
    if (controller.signal.reason instanceof TimeoutSignal) {
      throw new ApiError('timeout', endpoint.name, `no answer within ${endpoint.timeoutMs} ms`)
    }
    throw error
  }

  try {
    const url = `${apiBaseUrl()}${endpoint.path}`
    // A malformed base URL makes fetch throw too: the section says it can't reach EcoMarket.
    const response = await (
      early?.response ?? fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
    ).catch((cause: unknown) => settle(new ApiError('offline', endpoint.name, 'network error', { cause })))
    // Not every fetch aborts a body already streaming (mocked ones don't), so the abort races the read.
    const aborted = new Promise<never>((_, reject) => {
      const stop = () => reject(controller.signal.reason)
      if (controller.signal.aborted) stop()
      else controller.signal.addEventListener('abort', stop, { once: true })
    })
    return await Promise.race([readBody(response, endpoint, schema), aborted]).catch(settle)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}
