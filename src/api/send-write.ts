import { safeParse } from 'valibot'
import { ApiError } from './api-error'
import type { Write } from './writes'
import { apiBaseUrl, retryAfterMs } from './get-json'

// The API client's other half: a write (src/api/endpoints.ts, `writes`), with the same error kinds,
// timeout and Retry-After reading as a read. Loaded only with the controls that make writes.

class TimeoutSignal extends Error {}

/** A write's request: its path with each `:name` part filled from the variable of that name, and the rest as its body. */
export function writeRequest(write: Write, variables: object): { path: string; body: Record<string, unknown> } {
  const body: Record<string, unknown> = { ...variables }
  const path = write.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = String(body[name])
    delete body[name]
    return encodeURIComponent(value)
  })
  return { path, body }
}

/**
 * Sends a write and resolves once the API accepted it (any 2xx; its body, if any, is not needed:
 * the page already shows the change). Rejects only with ApiError. The timeout is a `setTimeout`, as
 * a read's, so fake timers drive it.
 */
export async function sendWrite(write: Write, variables: object): Promise<void> {
  const { path, body } = writeRequest(write, variables)
  // A body the API would refuse is this page's bug: it fails as the API's 400 would, without a request.
  if (!safeParse(write.body, body).success)
    throw new ApiError('http', write.name, 'the body does not match its schema', { status: 400 })
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutSignal()), write.timeoutMs)
  try {
    const response = await fetch(`${apiBaseUrl()}${path}`, {
      method: write.method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal,
    })
    void response.body?.cancel().catch(() => {})
    if (!response.ok)
      throw new ApiError('http', write.name, `HTTP ${response.status}`, {
        status: response.status,
        retryAfterMs: retryAfterMs(response.headers.get('Retry-After')),
      })
  } catch (error) {
    if (controller.signal.reason instanceof TimeoutSignal)
      throw new ApiError('timeout', write.name, `no answer within ${write.timeoutMs} ms`)
    if (error instanceof ApiError) throw error
    throw new ApiError('offline', write.name, 'network error', { cause: error })
  } finally {
    clearTimeout(timer)
  }
}
