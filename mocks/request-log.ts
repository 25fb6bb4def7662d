import type { SetupWorker } from 'msw/browser'
import { safeParse } from 'valibot'
import { omittedOf } from '../src/api/answer'
import { endpointNames, endpoints, type EndpointName } from '../src/api/endpoints'
import { writeNames, writes, type WriteName } from '../src/api/writes'
import { onAttempt } from './scenario-store'

// Every request the mock API sees, from MSW's own life-cycle events (the worker's in the browser,
// the server's in tests): the panel's Requests tab, like Chrome's Network panel for the mocks.

export const LOG_SIZE = 200
const BODY_LIMIT = 64 * 1024 // characters kept per body; the fixtures are a few KB

export type RequestOutcome = 'pending' | 'answered' | 'network-error' | 'exception'

export interface LoggedRequest {
  /** MSW's request id. */
  id: string
  method: string
  /** Path and query, as the page asked for it. */
  path: string
  endpoint?: EndpointName
  /** A write of the table (`markRead`, `markAllRead`), for a PATCH or POST the mock API answers. */
  write?: WriteName
  /** The body the page sent with a write. */
  requestBody?: string
  /** 1 for the first request to this endpoint (or write) since the scenario (or the strategy lab) counted afresh. */
  attempt?: number
  /** ms on the page's clock, performance.now(). */
  startedAt: number
  endedAt?: number
  outcome: RequestOutcome
  status?: number
  statusText?: string
  contentType?: string
  sizeBytes?: number
  body?: string
  /** Items of the body the page leaves out (wrong, repeated, past the bound), by the endpoint's own schema. */
  omitted?: number
}

/** `worker.events` in the browser, `server.events` in tests: the same emitter type. */
export type LifeCycleEvents = SetupWorker['events']

const endpointOf = (url: URL): EndpointName | undefined =>
  endpointNames.find((name) => url.pathname.endsWith(endpoints[name].path))

/** The write a request makes: its method and its path's pattern (`:id` is one segment). */
const writeOf = (method: string, url: URL): WriteName | undefined =>
  writeNames.find(
    (name) =>
      writes[name].method === method &&
      new RegExp(`${writes[name].path.replace(/:\w+/g, '[^/]+')}$`).test(url.pathname),
  )

/** What the page will leave out of a body: undefined when it fails as a whole, or isn't an endpoint's. */
function omittedFrom(text: string, endpoint: EndpointName | undefined): number | undefined {
  if (!endpoint) return undefined
  try {
    const checked = safeParse(endpoints[endpoint].schema, JSON.parse(text))
    return checked.success ? omittedOf(checked.output) : undefined
  } catch {
    return undefined
  }
}

async function readBody(
  response: Response,
  endpoint: EndpointName | undefined,
): Promise<{ body: string; sizeBytes: number; omitted?: number }> {
  const bytes = new Uint8Array(await response.clone().arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  return {
    body: text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…` : text,
    sizeBytes: bytes.byteLength,
    omitted: response.ok ? omittedFrom(text, endpoint) : undefined,
  }
}

export type RequestLog = ReturnType<typeof createRequestLog>

export function createRequestLog({ now = () => performance.now() } = {}) {
  let entries: readonly LoggedRequest[] = []
  const listeners = new Set<() => void>()
  // An attempt can be counted before its request:start reaches the log, or after.
  const pendingAttempts = new Map<string, number>()

  const publish = () => listeners.forEach((listener) => listener())
  const update = (id: string, change: Partial<LoggedRequest>) => {
    if (!entries.some((entry) => entry.id === id)) return false
    entries = entries.map((entry) => (entry.id === id ? { ...entry, ...change } : entry))
    publish()
    return true
  }

  const started = (request: Request, id: string) => {
    const url = new URL(request.url)
    const attempt = pendingAttempts.get(id)
    pendingAttempts.delete(id)
    const write = writeOf(request.method, url)
    const entry: LoggedRequest = {
      id,
      method: request.method,
      path: url.pathname + url.search,
      endpoint: request.method === 'GET' ? endpointOf(url) : undefined,
      write,
      attempt,
      startedAt: now(),
      outcome: 'pending',
    }
    entries = [...entries, entry].slice(-LOG_SIZE)
    publish()
    // What the page sent, read from a copy so the handler still gets the body.
    if (write)
      request
        .clone()
        .text()
        .then((text) => update(id, { requestBody: text.slice(0, BODY_LIMIT) }))
        .catch(() => {})
  }
  const removeEntry = (id: string) => {
    entries = entries.filter((entry) => entry.id !== id)
    publish()
  }
  const answered = (response: Response, id: string) => {
    const endedAt = now()
    // Response.error() arrives as status 0: the page's fetch rejects with a network error.
    if (response.type === 'error' || response.status === 0)
      return void update(id, { endedAt, outcome: 'network-error' })
    update(id, {
      endedAt,
      outcome: 'answered',
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? undefined,
    })
    readBody(response, entries.find((entry) => entry.id === id)?.endpoint).then(
      (read) => update(id, read),
      () => update(id, { body: '(the body could not be read)' }),
    )
  }
  const stopAttempts = onAttempt(({ requestId, attempt }) => {
    if (update(requestId, { attempt })) return
    pendingAttempts.set(requestId, attempt)
    if (pendingAttempts.size > LOG_SIZE) pendingAttempts.delete(pendingAttempts.keys().next().value!)
  })

  let attached = new AbortController()

  return {
    /** Listens to one emitter's events (replacing any earlier one); returns a function that stops. */
    attach(events: LifeCycleEvents) {
      attached.abort()
      attached = new AbortController()
      const { signal } = attached
      events.on('request:start', ({ request, requestId }) => started(request, requestId), { signal })
      // Requests no handler answers (the page's own scripts, say) go on to the network: not the mock API's.
      events.on('request:unhandled', ({ requestId }) => removeEntry(requestId), { signal })
      events.on('response:mocked', ({ response, requestId }) => answered(response, requestId), { signal })
      // The worker hands a mocked Response.error() back as a bypassed status-0 response; MSW in Node reports none.
      events.on('response:bypass', ({ response, requestId }) => answered(response, requestId), { signal })
      events.on(
        'unhandledException',
        ({ requestId, error }) => update(requestId, { endedAt: now(), outcome: 'exception', body: error.message }),
        { signal },
      )
      const controller = attached
      return () => controller.abort()
    },
    getSnapshot: () => entries,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    clear() {
      entries = []
      pendingAttempts.clear()
      publish()
    },
    stop() {
      attached.abort()
      stopAttempts()
    },
  }
}

/** The page's one log: mocks/browser.ts attaches it to the worker, the developer panel reads it. */
export const requestLog = createRequestLog()
