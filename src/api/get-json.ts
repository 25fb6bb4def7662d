import { safeParse, summarize, type GenericSchema } from 'valibot'
import { ApiError } from './api-error'
import { takeEarlyRequest } from './early-requests'
import type { Endpoint } from './endpoints'

/** The API's base, without a trailing slash; a path in it is kept (`https://host/v1` + `/api/…`). */
export const apiBaseUrl = (): string => (import.meta.env.VITE_API_BASE_URL || globalThis.location?.origin || '').replace(/\/+$/, '')

class TimeoutSignal extends Error {}

/**
 * GETs an endpoint and validates its body. Rejects only with ApiError, except when the caller's
 * own signal aborts (a cancelled query), which rethrows that signal's reason.
 */
export async function getJson<T>(endpoint: Endpoint, schema: GenericSchema<unknown, T>, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
  // The page's first attempt adopts the request its HTML already started; its timeout counts from then.
  const early = takeEarlyRequest(endpoint.name)
  const controller = early?.controller ?? new AbortController()
  const elapsedMs = early ? performance.now() - early.startedAt : 0
  // setTimeout rather than AbortSignal.timeout, so that fake timers can drive it.
  const timer = setTimeout(() => controller.abort(new TimeoutSignal()), Math.max(0, endpoint.timeoutMs - elapsedMs))
  const forwardAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', forwardAbort, { once: true })
  if (signal?.aborted) forwardAbort()

  const fail = (kind: ApiError['kind'], detail: string, options?: { status?: number; cause?: unknown }): never => {
    if (signal?.aborted) throw signal.reason
    if (controller.signal.reason instanceof TimeoutSignal) {
      throw new ApiError('timeout', endpoint.name, `no answer within ${endpoint.timeoutMs} ms`)
    }
    throw new ApiError(kind, endpoint.name, detail, options)
  }

  try {
    const url = `${apiBaseUrl()}${endpoint.path}`
    // A malformed base URL makes fetch throw too: the section says it can't reach EcoMarket.
    const response = await (early?.response ?? fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })).catch(
      (cause: unknown) => fail('offline', 'network error', { cause }),
    )
    if (!response.ok) return fail('http', `HTTP ${response.status}`, { status: response.status })
    const body: unknown = await response.json().catch((cause: unknown) => fail('invalid-data', 'body is not JSON', { cause }))
    const parsed = safeParse(schema, body)
    if (!parsed.success) return fail('invalid-data', `body does not match its schema: ${summarize(parsed.issues)}`)
    return parsed.output
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}
