import type { ApiErrorKind } from '../../../src/api/api-error'
import { endpointNames, endpoints, type Endpoint, type EndpointName } from '../../../src/api/endpoints'
import type { RawStep } from '../../../server/raw-responses'
import { HUGE_BYTES, hostileBodies, shownText, validBody, type BodyParts, type HostileBody } from './hostile-bodies'

// The hostile suite's table, generated: every endpoint × (each bent body, and each status, header
// and transport envelope around its valid body). What a case must end in, and how many requests
// the server may see, follow from the error taxonomy and retry policy (docs/architecture.md) (the oracle below), with
// the numbers from the endpoint table; nothing is written per case.

export type Dimension = 'body' | 'status' | 'header' | 'transport'
export type Expectation = 'data' | 'empty' | ApiErrorKind

export interface HostileCase {
  id: string
  dimension: Dimension
  endpoint: EndpointName
  steps: RawStep[]
  expect: Expectation
  /** A text the section shows when it ends in data. */
  shows?: string
  /** How many items its note says were left out, when it ends in data or empty: 0, no note. */
  omitted: number
  /** The status the page reads, when the case ends in an http error. */
  status?: number
  /** The fewest and most requests the server may see for this endpoint. */
  requests: [number, number]
  /** About how long the case takes to settle (ms): cases of one length share a page load. */
  durationMs: number
  /** Runs in a load of its own, when the case is a race against the timeout that neighbours could tip. */
  alone?: boolean
}

/** What a response amounts to for the policy: the facts the oracle reads. */
interface Envelope {
  id: string
  dimension: Exclude<Dimension, 'body'>
  steps: (name: EndpointName) => RawStep[]
  /** A transport failure, which decides the kind before any status or body. */
  fault?: 'offline' | 'timeout'
  /** The status the page ends up reading, redirects followed. */
  status?: number
  /** Whether the body the page ends up reading is the endpoint's valid one. */
  body?: 'valid' | 'invalid'
  retryAfterMs?: number
  /** Requests the endpoint sees per attempt: more when it redirects to itself. */
  perAttempt?: [number, number]
  /** Text shown instead of the valid body's, when the bytes decode differently. */
  shows?: (name: EndpointName) => string
  /** Time spent before the answer settles (ms), beyond retries. */
  waitMs?: number
  alone?: boolean
}

const json = (name: EndpointName, status = 200, headers: [string, string][] = []): RawStep => ({
  status,
  headers: [['Content-Type', 'application/json'], ...headers],
  body: validBody(name),
})
const errorBody = (status: number, headers: [string, string][] = []): RawStep => ({
  status,
  headers: [['Content-Type', 'application/json'], ...headers],
  body: [{ text: JSON.stringify({ message: 'Something went wrong', status }) }],
})
const textOf = (body: BodyParts) => body.map((part) => part.text.repeat(part.repeat ?? 1)).join('')
const CHROMIUM_MAX_REDIRECTS = 20
/**
 * How often Chromium may resend a request on its own when a reused connection fails it (a 408, or a
 * close before any byte): on each idle connection it holds for the host (6 over HTTP/1.1), then on
 * a new one. Seen here as up to 8 requests for one attempt, once the page's lazy chunks had left
 * its connections idle. These are the browser's, not the app's: its attempts are the multiplier.
 */
const CHROMIUM_RESENDS = 7
const TIMEOUT_MS = Math.max(...endpointNames.map((name) => endpoints[name].timeoutMs))

const statusEnvelopes: Envelope[] = [
  ...[400, 401, 403, 404, 410, 422, 451].map((status) => ({
    id: `${status}`,
    dimension: 'status' as const,
    status,
    steps: () => [errorBody(status)],
  })),
  // Chromium itself sends a request again when a reused connection answers 408.
  { id: '408', dimension: 'status', status: 408, perAttempt: [1, 1 + CHROMIUM_RESENDS], steps: () => [errorBody(408)] },
  ...[500, 502, 503, 504].map((status) => ({
    id: `${status}`,
    dimension: 'status' as const,
    status,
    steps: () => [errorBody(status)],
  })),
  {
    id: '500 with an HTML page',
    dimension: 'status',
    status: 500,
    steps: () => [
      {
        status: 500,
        headers: [['Content-Type', 'text/html']],
        body: [{ text: '<h1>Internal Server Error</h1><script>window.__hostile=1</script>' }],
      },
    ],
  },
  { id: '429 without Retry-After', dimension: 'status', status: 429, steps: () => [errorBody(429)] },
  {
    id: '429 with Retry-After: 1',
    dimension: 'status',
    status: 429,
    retryAfterMs: 1000,
    steps: () => [errorBody(429, [['Retry-After', '1']])],
  },
  {
    id: '429 with Retry-After: 120',
    dimension: 'status',
    status: 429,
    retryAfterMs: 120_000,
    steps: () => [errorBody(429, [['Retry-After', '120']])],
  },
  {
    id: '503 with Retry-After: 1',
    dimension: 'status',
    status: 503,
    retryAfterMs: 1000,
    steps: () => [errorBody(503, [['Retry-After', '1']])],
  },
  {
    id: '503 with a past Retry-After date',
    dimension: 'status',
    status: 503,
    steps: () => [errorBody(503, [['Retry-After', 'Thu, 01 Jan 1970 00:00:00 GMT']])],
  },
  {
    id: '503 with an unreadable Retry-After',
    dimension: 'status',
    status: 503,
    steps: () => [errorBody(503, [['Retry-After', 'soon, maybe -1']])],
  },
  ...[201, 203].map((status) => ({
    id: `${status} with the data`,
    dimension: 'status' as const,
    status,
    body: 'valid' as const,
    steps: (name: EndpointName) => [json(name, status)],
  })),
  {
    id: '206 with the whole data',
    dimension: 'status',
    status: 206,
    body: 'valid',
    steps: (name) => [json(name, 206, [['Content-Range', 'bytes 0-10/11']])],
  },
  {
    id: '204 with no body',
    dimension: 'status',
    status: 204,
    body: 'invalid',
    steps: () => [{ status: 204, headers: [] }],
  },
  ...[301, 302, 303, 307, 308].map((status) => ({
    id: `${status} to the same endpoint`,
    dimension: 'status' as const,
    status: 200,
    body: 'valid' as const,
    perAttempt: [2, 2] as [number, number],
    steps: (name: EndpointName) => [
      { status, headers: [['Location', `${endpoints[name].path}?hop=1`]] as [string, string][] },
      json(name),
    ],
  })),
  {
    id: '302 to the HTML page',
    dimension: 'status',
    status: 200,
    body: 'invalid',
    steps: () => [{ status: 302, headers: [['Location', '/']] }],
  },
  {
    id: '307 to a missing path',
    dimension: 'status',
    status: 404,
    steps: () => [{ status: 307, headers: [['Location', '/api/nowhere']] }],
  },
  {
    id: 'a 302 loop',
    dimension: 'status',
    fault: 'offline',
    // The browser gives up after its redirect limit: every hop is a request, and all of them must
    // fit in one timeout, which a neighbour's megabyte can tip on a busy machine.
    perAttempt: [CHROMIUM_MAX_REDIRECTS + 1, CHROMIUM_MAX_REDIRECTS + 1],
    alone: true,
    steps: (name) => [{ status: 302, headers: [['Location', endpoints[name].path]] }],
  },
  ...[300, 304].map((status) => ({
    id: `${status} without a Location`,
    dimension: 'status' as const,
    status,
    steps: () => [{ status, headers: [] }],
  })),
]

const headerEnvelopes: Envelope[] = [
  {
    id: 'JSON sent as text/html',
    dimension: 'header',
    status: 200,
    body: 'valid',
    steps: (name) => [{ status: 200, headers: [['Content-Type', 'text/html']], body: validBody(name) }],
  },
  {
    id: 'JSON sent as application/octet-stream',
    dimension: 'header',
    status: 200,
    body: 'valid',
    steps: (name) => [{ status: 200, headers: [['Content-Type', 'application/octet-stream']], body: validBody(name) }],
  },
  {
    id: 'no Content-Type',
    dimension: 'header',
    status: 200,
    body: 'valid',
    steps: (name) => [{ status: 200, headers: [], body: validBody(name) }],
  },
  // fetch's text() reads UTF-8 whatever the label says: a wrong label changes nothing...
  {
    id: 'UTF-8 labelled ISO-8859-1',
    dimension: 'header',
    status: 200,
    body: 'valid',
    steps: (name) => [{ ...json(name), headers: [['Content-Type', 'application/json; charset=iso-8859-1']] }],
  },
  // ...and bytes in another encoding arrive as replacement characters, or as no JSON at all.
  {
    id: 'Latin-1 bytes labelled UTF-8',
    dimension: 'header',
    status: 200,
    body: 'valid',
    shows: (name) => shownText(name).replace(/[\x80-\xff]/g, '\uFFFD'),
    // Characters past Latin-1 are escaped (\uXXXX), so only the accented letters change bytes.
    steps: (name) => [
      {
        ...json(name),
        body: [
          {
            text: textOf(validBody(name)).replace(
              /[\u0100-\uffff]/g,
              (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
            ),
          },
        ],
        encoding: 'latin1',
      },
    ],
  },
  {
    id: 'UTF-16 labelled UTF-16',
    dimension: 'header',
    status: 200,
    body: 'invalid',
    steps: (name) => [
      { ...json(name), headers: [['Content-Type', 'application/json; charset=utf-16le']], encoding: 'utf16le' },
    ],
  },
  {
    id: 'a Content-Length past the body',
    dimension: 'header',
    fault: 'offline',
    steps: (name) => [
      {
        ...json(name),
        headers: [
          ['Content-Type', 'application/json'],
          ['Content-Length', String(textOf(validBody(name)).length + 100)],
        ],
      },
    ],
  },
  {
    id: 'a Content-Length short of the body',
    dimension: 'header',
    status: 200,
    body: 'invalid',
    steps: (name) => [
      {
        ...json(name),
        headers: [
          ['Content-Type', 'application/json'],
          ['Content-Length', String(Math.floor(textOf(validBody(name)).length / 2))],
        ],
      },
    ],
  },
  // Chromium ignores a Content-Length it can't read and takes the body up to the close.
  {
    id: 'a Content-Length that is not a number',
    dimension: 'header',
    status: 200,
    body: 'valid',
    steps: (name) => [
      {
        ...json(name),
        headers: [
          ['Content-Type', 'application/json'],
          ['Content-Length', 'lots'],
        ],
      },
    ],
  },
  {
    id: 'two different Content-Lengths',
    dimension: 'header',
    fault: 'offline',
    steps: (name) => [
      {
        ...json(name),
        headers: [
          ['Content-Type', 'application/json'],
          ['Content-Length', String(textOf(validBody(name)).length)],
          ['Content-Length', '3'],
        ],
      },
    ],
  },
  {
    id: 'Content-Encoding: gzip on a plain body',
    dimension: 'header',
    fault: 'offline',
    steps: (name) => [
      {
        ...json(name),
        headers: [
          ['Content-Type', 'application/json'],
          ['Content-Encoding', 'gzip'],
        ],
      },
    ],
  },
  {
    id: 'a broken chunked encoding',
    dimension: 'header',
    fault: 'offline',
    steps: (name) => [
      {
        status: 200,
        headers: [
          ['Content-Type', 'application/json'],
          ['Transfer-Encoding', 'chunked'],
        ],
        body: [{ text: `zz\r\n${textOf(validBody(name))}\r\n0\r\n\r\n` }],
      },
    ],
  },
]

const transportEnvelopes: Envelope[] = [
  {
    id: 'headers after 800 ms',
    dimension: 'transport',
    status: 200,
    body: 'valid',
    waitMs: 800,
    steps: (name) => [{ ...json(name), headersAfterMs: 800 }],
  },
  {
    id: 'headers after the timeout',
    dimension: 'transport',
    fault: 'timeout',
    steps: (name) => [{ ...json(name), headersAfterMs: TIMEOUT_MS + 600 }],
  },
  {
    id: 'a body dripped over 800 ms',
    dimension: 'transport',
    status: 200,
    body: 'valid',
    waitMs: 800,
    steps: (name) => [{ ...json(name), drip: { chunks: 20, overMs: 800 } }],
  },
  {
    id: 'a body dripped past the timeout',
    dimension: 'transport',
    fault: 'timeout',
    steps: (name) => [{ ...json(name), drip: { chunks: 10, overMs: TIMEOUT_MS + 1000 } }],
  },
  {
    id: 'a reset half-way through the body',
    dimension: 'transport',
    fault: 'offline',
    steps: (name) => [{ ...json(name), fault: 'reset-mid-body' }],
  },
  {
    id: 'a reset half-way through a megabyte',
    dimension: 'transport',
    fault: 'offline',
    steps: (name) => [
      { ...json(name), body: [{ text: ' ', repeat: HUGE_BYTES }, ...validBody(name)], fault: 'reset-mid-body' },
    ],
  },
  // A reused connection closed before any byte makes Chromium send the request again itself.
  {
    id: 'the connection closed before the headers',
    dimension: 'transport',
    fault: 'offline',
    perAttempt: [1, 1 + CHROMIUM_RESENDS],
    steps: (name) => [{ ...json(name), fault: 'destroy-before-headers' }],
  },
  {
    id: 'no answer at all',
    dimension: 'transport',
    fault: 'timeout',
    steps: (name) => [{ ...json(name), fault: 'hang' }],
  },
]

/** docs/architecture.md: only offline, 5xx and 429 are transient; the rest settle on the first answer. */
const isTransient = (kind: Expectation, status?: number) =>
  kind === 'offline' || (kind === 'http' && status !== undefined && (status >= 500 || status === 429))

/**
 * Attempts the policy allows a failure that keeps failing: a retry happens only while the next
 * attempt, counted at its full timeout, would end inside the budget with every wait so far. Waits
 * are exponential with "equal jitter" (half the ceiling, plus up to the other half), or the
 * server's Retry-After if longer. `jitter` 0 gives the shortest waits, hence the most attempts.
 */
export function attemptsAllowed({ retry, timeoutMs }: Endpoint, retryAfterMs: number, jitter: 0 | 1): number {
  let waited = 0
  let attempts = 1
  for (let n = 1; n <= retry.retries; n++) {
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (n - 1))
    const wait = Math.max(ceiling / 2 + (jitter * ceiling) / 2, retryAfterMs)
    if ((n + 1) * timeoutMs + waited + wait > retry.budgetMs) break
    waited += wait
    attempts++
  }
  return attempts
}

/** The longest the retries may wait in all, at the longest jitter. */
function retryWaitsMs({ retry }: Endpoint, attempts: number, retryAfterMs: number): number {
  let total = 0
  for (let n = 1; n < attempts; n++)
    total += Math.max(Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (n - 1)), retryAfterMs)
  return total
}

function fromEnvelope(name: EndpointName, envelope: Envelope): HostileCase {
  const endpoint = endpoints[name]
  const kind: Expectation =
    envelope.fault ??
    (envelope.status! < 200 || envelope.status! > 299 ? 'http' : envelope.body === 'valid' ? 'data' : 'invalid-data')
  const retryAfterMs = envelope.retryAfterMs ?? 0
  const attempts: [number, number] = isTransient(kind, envelope.status)
    ? [attemptsAllowed(endpoint, retryAfterMs, 1), attemptsAllowed(endpoint, retryAfterMs, 0)]
    : [1, 1]
  const [fewest, most] = envelope.perAttempt ?? [1, 1]
  const attemptMs = kind === 'timeout' ? endpoint.timeoutMs : (envelope.waitMs ?? 0)
  return {
    id: `${envelope.dimension}: ${envelope.id}`,
    dimension: envelope.dimension,
    endpoint: name,
    steps: envelope.steps(name),
    expect: kind,
    shows: kind === 'data' ? (envelope.shows ?? shownText)(name) : undefined,
    omitted: 0,
    status: kind === 'http' ? envelope.status : undefined,
    requests: [attempts[0] * fewest, attempts[1] * most],
    durationMs: attempts[1] * attemptMs + retryWaitsMs(endpoint, attempts[1], retryAfterMs),
    alone: envelope.alone,
  }
}

const envelopes = [...statusEnvelopes, ...headerEnvelopes, ...transportEnvelopes]
// Each envelope runs on one critical and one optional endpoint (the two have different retry
// budgets), taking turns, so every endpoint meets about half of them.
const envelopePairs: EndpointName[][] = [
  ['products', 'profile'],
  ['categories', 'notifications'],
]

/** Generic bodies take turns among the endpoints that have them; the others run on each. */
function bodyRunsOn(bodies: Record<EndpointName, HostileBody[]>): (name: EndpointName, body: HostileBody) => boolean {
  const generic = [
    ...new Set(endpointNames.flatMap((name) => bodies[name].filter((body) => body.generic).map((body) => body.id))),
  ]
  return (name, body) => {
    if (!body.generic) return true
    const holders = endpointNames.filter((holder) => bodies[holder].some((other) => other.id === body.id))
    return holders[generic.indexOf(body.id) % holders.length] === name
  }
}

/**
 * The whole table: every endpoint-specific body on its endpoint, each generic body on one, every
 * envelope on a critical and an optional endpoint.
 */
export function hostileCases(): HostileCase[] {
  const wrapped = envelopes.flatMap((envelope, index) =>
    envelopePairs[index % envelopePairs.length].map((name) => fromEnvelope(name, envelope)),
  )
  const bodies = Object.fromEntries(endpointNames.map((name) => [name, hostileBodies(name)])) as Record<
    EndpointName,
    HostileBody[]
  >
  const runsOn = bodyRunsOn(bodies)
  return endpointNames.flatMap((name) => [
    ...bodies[name]
      .filter((body) => runsOn(name, body))
      .map((body): HostileCase => ({
        id: `body: ${body.id}`,
        dimension: 'body',
        endpoint: name,
        steps: [{ status: 200, headers: [['Content-Type', 'application/json']], body: body.body }],
        expect: body.expect,
        shows: body.shows,
        omitted: body.omitted ?? 0,
        requests: [1, 1],
        durationMs: 0,
      })),
    ...wrapped.filter((entry) => entry.endpoint === name),
  ])
}

/** One page load: at most one case per endpoint; an endpoint without one answers normally. */
export type HostileLoad = Partial<Record<EndpointName, HostileCase>>

// A fixed shuffle (the same on every run), so the cases sharing a load are of different kinds.
const mix = (text: string) => [...text].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7)

/**
 * Packs the cases four to a load, one per endpoint, each load holding cases of about the same
 * length (so a quick case never waits on a slow one) and of different kinds.
 */
export function packLoads(cases: HostileCase[], bucketMs = 2500): HostileLoad[] {
  const bucketOf = (entry: HostileCase) => Math.ceil(entry.durationMs / bucketMs)
  const buckets = [...new Set(cases.map(bucketOf))].sort((a, b) => a - b)
  return buckets.flatMap((bucket) => {
    const queues = endpointNames.map((name) =>
      cases
        .filter((entry) => entry.endpoint === name && !entry.alone && bucketOf(entry) === bucket)
        .sort((a, b) => mix(a.endpoint + a.id) - mix(b.endpoint + b.id)),
    )
    const loads: HostileLoad[] = cases
      .filter((entry) => entry.alone && bucketOf(entry) === bucket)
      .map((entry) => ({ [entry.endpoint]: entry }))
    for (let index = 0; index < Math.max(...queues.map((queue) => queue.length)); index++) {
      loads.push(
        Object.fromEntries(queues.flatMap((queue) => (queue[index] ? [[queue[index].endpoint, queue[index]]] : []))),
      )
    }
    return loads
  })
}
