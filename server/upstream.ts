import { isApiError, type ApiErrorKind } from '../src/api/api-error'
import type { Endpoint } from '../src/api/endpoints'
import { readBody } from '../src/api/get-json'

// The streamed page's first attempt at each section, made by the server the moment the page is
// asked for: the endpoint table's timeout, the browser's cookies and Authorization passed on, the
// same validation and error kinds as the browser's API client (readBody). Nothing is cached.

/** What one call came to: the validated data, or a failure typed as the browser would type it. */
export type UpstreamOutcome =
  { data: unknown } | { error: { kind: ApiErrorKind; status?: number; retryAfterMs?: number } }

export interface UpstreamAnswer {
  name: string
  outcome: UpstreamOutcome
  /** When it settled, on the server's clock (ms since the epoch). */
  at: number
}

/** A body larger than this is refused as unreadable rather than held in memory. */
export const MAX_UPSTREAM_BODY_BYTES = 4 * 1024 * 1024

/** The browser's headers that an upstream call carries: who the shopper is, and nothing else. */
export const FORWARDED_HEADERS = ['cookie', 'authorization'] as const

class Timeout extends Error {}
class TooLarge extends Error {}

/** Reads a body up to a limit, so a runaway upstream can't fill the server's memory. */
async function boundedText(response: Response, limit: number, stop: AbortController): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const parts: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      stop.abort(new TooLarge()) // closes the connection: the rest is never read
      throw new TooLarge()
    }
    parts.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(parts))
}

export interface CallOptions {
  headers: Record<string, string>
  /** Aborts when the browser has left. */
  signal: AbortSignal
  maxBodyBytes?: number
}

/** One call to `origin` + the endpoint's path, settled within its timeout; never rejects but when `signal` aborts. */
export async function callUpstream(
  origin: string,
  endpoint: Endpoint<string>,
  { headers, signal, maxBodyBytes = MAX_UPSTREAM_BODY_BYTES }: CallOptions,
): Promise<UpstreamAnswer> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new Timeout()), endpoint.timeoutMs)
  const leave = () => controller.abort(signal.reason)
  signal.addEventListener('abort', leave, { once: true })
  const settle = (outcome: UpstreamOutcome): UpstreamAnswer => ({ name: endpoint.name, outcome, at: Date.now() })
  try {
    const response = await fetch(`${origin}${endpoint.path}`, {
      headers: { ...headers, accept: 'application/json' },
      signal: controller.signal,
    })
    const text = await boundedText(response, maxBodyBytes, controller)
    // readBody types the answer exactly as the browser's client does; an empty body can't go with every status.
    const replay = new Response(response.ok && text !== '' ? text : null, {
      status: response.status,
      headers: response.headers,
    })
    return settle({ data: await readBody(replay, endpoint, endpoint.schema) })
  } catch (error) {
    if (signal.aborted) throw signal.reason
    if (controller.signal.reason instanceof Timeout) return settle({ error: { kind: 'timeout' } })
    if (error instanceof TooLarge) return settle({ error: { kind: 'invalid-data' } })
    if (isApiError(error))
      return settle({ error: { kind: error.kind, status: error.status, retryAfterMs: error.retryAfterMs } })
    return settle({ error: { kind: 'offline' } }) // refused, reset, DNS: the network failed
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', leave)
  }
}
