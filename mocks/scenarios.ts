import type { ApiErrorKind } from '../src/api/api-error'
import { endpointNames, type EndpointName } from '../src/api/endpoints'

// The scenario registry: plain data read by the mock handlers, the developer panel and the tests.

/**
 * What an endpoint does: `timeout` never answers, `offline` is a network error, `error` is HTTP 500,
 * `malformed` a body of the wrong shape; `partial` bends a few items (left out, the rest shown) and
 * `overlong` sends more items than a list may hold (cut to the bound).
 */
export const outcomes = ['ok', 'timeout', 'offline', 'error', 'malformed', 'empty', 'partial', 'overlong'] as const
export type Outcome = (typeof outcomes)[number]

export interface EndpointBehaviour {
  latencyMs: number
  outcome: Outcome
  /** The first n attempts answer HTTP 503 before the outcome applies: a flaky backend. */
  failFirst?: number
  /** An `ok` answer carries the longest texts and largest numbers the schemas accept. */
  extreme?: boolean
}

/** The live notifications socket: how often it pushes one, and whether it drops its first connection. */
export interface LiveBehaviour {
  /** ms between pushed notifications; null pushes none (the socket stays open, quiet). */
  everyMs: number | null
  /** The first connection is dropped this long (ms) after it opens; the client reconnects. */
  dropAfterMs?: number
}

/** Every scenario pushes one notification every 30 s unless it says otherwise. */
export const defaultLive: LiveBehaviour = { everyMs: 30_000 }

/**
 * What the writes do (`?mark-read=`, one knob for both: marking one notification read and marking
 * all of them): `ok` applies the write and answers 204; `error` is HTTP 500, `offline` a network
 * error, `timeout` never answers. Neither changes the inbox.
 */
export const writeOutcomes = ['ok', 'timeout', 'offline', 'error'] as const
export type WriteOutcome = (typeof writeOutcomes)[number]

export interface WriteBehaviour {
  latencyMs: number
  outcome: WriteOutcome
}

/** The URL parameter and panel row that set the writes' behaviour. */
export const WRITE_KNOB = 'mark-read'

/** Every scenario answers a write after 200 ms unless it says otherwise. */
export const defaultWrites: WriteBehaviour = { latencyMs: 200, outcome: 'ok' }

/** The state a section must end in: data, its empty state, or an error of this kind. */
export type SectionExpectation = 'data' | 'empty' | ApiErrorKind

export interface Scenario {
  id: string
  description: string
  endpoints: Record<EndpointName, EndpointBehaviour>
  expect: Record<EndpointName, SectionExpectation>
  live: LiveBehaviour
  writes: WriteBehaviour
}

export const documentedLatencyMs: Record<EndpointName, number> = {
  products: 200,
  categories: 100,
  profile: 500,
  notifications: 300,
}

const documentedBehaviour = (name: EndpointName): EndpointBehaviour => ({
  latencyMs: documentedLatencyMs[name],
  outcome: 'ok',
})

function scenario(
  id: string,
  description: string,
  changes: Partial<Record<EndpointName, Partial<EndpointBehaviour>>>,
  expect: Partial<Record<EndpointName, SectionExpectation>> = {},
  live: LiveBehaviour = defaultLive,
  writes: WriteBehaviour = defaultWrites,
): Scenario {
  const endpoints = {} as Record<EndpointName, EndpointBehaviour>
  const expectations = {} as Record<EndpointName, SectionExpectation>
  for (const name of endpointNames) {
    endpoints[name] = { ...documentedBehaviour(name), ...changes[name] }
    expectations[name] = expect[name] ?? 'data'
  }
  return { id, description, endpoints, expect: expectations, live, writes }
}

const everyEndpoint = <T>(value: T) =>
  Object.fromEntries(endpointNames.map((name) => [name, value])) as Record<EndpointName, T>

export const scenarios: readonly Scenario[] = [
  scenario(
    'documented',
    'The documented latencies: categories 100 ms, products 200 ms, notifications 300 ms, profile 500 ms.',
    {},
  ),
  scenario(
    'notifications-timeout',
    "The study's benchmark case: notifications answers only after 10 s, so it never beats the 2 s timeout.",
    { notifications: { latencyMs: 10_000 } },
    { notifications: 'timeout' },
  ),
  scenario(
    'notifications-offline',
    'Notifications gets a network error on every attempt.',
    { notifications: { outcome: 'offline' } },
    { notifications: 'offline' },
  ),
  scenario(
    'products-error',
    'Products answers HTTP 500 on every attempt.',
    { products: { outcome: 'error' } },
    { products: 'http' },
  ),
  scenario('flaky', 'Products and categories fail their first two attempts (HTTP 503), then succeed: the retry path.', {
    products: { failFirst: 2 },
    categories: { failFirst: 2 },
  }),
  scenario(
    'malformed',
    "The profile body fails its schema, and notifications answers something that isn't JSON.",
    { profile: { outcome: 'malformed' }, notifications: { outcome: 'malformed' } },
    { profile: 'invalid-data', notifications: 'invalid-data' },
  ),
  scenario(
    'empty',
    'Every list is empty: no products, categories or notifications (the profile is a brand-new member).',
    {
      products: { outcome: 'empty' },
      categories: { outcome: 'empty' },
      profile: { outcome: 'empty' },
      notifications: { outcome: 'empty' },
    },
    { products: 'empty', categories: 'empty', notifications: 'empty' },
  ),
  scenario('slow', 'Every latency × 3: categories 300 ms, products 600 ms, notifications 900 ms, profile 1.5 s.', {
    products: { latencyMs: documentedLatencyMs.products * 3 },
    categories: { latencyMs: documentedLatencyMs.categories * 3 },
    profile: { latencyMs: documentedLatencyMs.profile * 3 },
    notifications: { latencyMs: documentedLatencyMs.notifications * 3 },
  }),
  scenario(
    'all-down',
    'Every endpoint gets a network error: the whole API is unreachable, writes too, and nothing is pushed live.',
    everyEndpoint({ outcome: 'offline' as const }),
    everyEndpoint('offline' as const),
    { everyMs: null },
    { ...defaultWrites, outcome: 'offline' },
  ),
  scenario(
    'extreme',
    'Valid but extreme: every name, number and list at the largest the schemas accept (200-character words, €100,000 prices, 200 items a list).',
    everyEndpoint({ extreme: true }),
    {},
    // A push would take the full notifications list past its bound, and leave one out.
    { everyMs: null },
  ),
]

export const defaultScenario = scenarios[0]
export const findScenario = (id: string): Scenario | undefined => scenarios.find((s) => s.id === id)
