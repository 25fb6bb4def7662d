import type { EndpointName } from '../src/api/endpoints'
import type { Notification } from '../src/api/schemas'
import * as fixtures from './fixtures'
import type { EndpointBehaviour, Outcome } from './scenarios'

// What an endpoint answers under a behaviour, as plain data. Each transport turns a plan into its
// own response: MSW in the browser and in Node, and the reference server over real HTTP.

export type ResponsePlan =
  | { kind: 'answer'; status: number; contentType: string; body: string }
  /** The connection fails: MSW's network error, a destroyed socket on the real server. */
  | { kind: 'network-error' }
  /** No answer at all, until the client gives up. */
  | { kind: 'hang' }

const json = (value: unknown, status = 200): ResponsePlan => ({
  kind: 'answer',
  status,
  contentType: 'application/json',
  body: JSON.stringify(value),
})

type Bodies = Record<
  Exclude<Outcome, 'timeout' | 'offline' | 'error' | 'malformed'>,
  (pushed: readonly Notification[]) => unknown
>

// What the live socket pushed is part of the inbox, newest first, so a refetch keeps it.
const bodies: Record<EndpointName, Bodies & { extreme: () => unknown }> = {
  products: {
    ok: () => fixtures.products,
    empty: () => [],
    partial: fixtures.partial.products,
    overlong: fixtures.overlong.products,
    extreme: fixtures.extreme.products,
  },
  categories: {
    ok: () => fixtures.categories,
    empty: () => [],
    partial: fixtures.partial.categories,
    overlong: fixtures.overlong.categories,
    extreme: fixtures.extreme.categories,
  },
  profile: {
    ok: () => fixtures.profile,
    empty: () => fixtures.newMemberProfile,
    partial: fixtures.partial.profile,
    overlong: fixtures.overlong.profile,
    extreme: fixtures.extreme.profile,
  },
  notifications: {
    ok: (pushed) => [...pushed, ...fixtures.notifications()],
    empty: () => [],
    partial: (pushed) => [...pushed, ...fixtures.partial.notifications()],
    overlong: (pushed) => [...pushed, ...fixtures.overlong.notifications()],
    extreme: fixtures.extreme.notifications,
  },
}

/** Bodies of the wrong shape, which fail as a whole: for notifications not JSON at all. */
const malformed: Record<EndpointName, () => ResponsePlan> = {
  products: () => json({ items: 'not a list' }),
  categories: () => json({ categories: fixtures.categories }),
  // The name is the profile's one required field.
  profile: () => json({ name: 42, tier: 'platinum', ecoPoints: -5 }),
  notifications: () => ({
    kind: 'answer',
    status: 200,
    contentType: 'text/html',
    body: '<html><body>502 Bad Gateway</body></html>',
  }),
}

/** The answer to attempt `attempt` (1-based) on an endpoint; `failFirst` attempts get a 503 first. */
export function planResponse(
  name: EndpointName,
  behaviour: EndpointBehaviour,
  attempt: number,
  pushed: readonly Notification[] = [],
): ResponsePlan {
  if (attempt <= (behaviour.failFirst ?? 0)) return json({ message: 'Service unavailable, try again' }, 503)
  switch (behaviour.outcome) {
    case 'ok':
      return json(behaviour.extreme ? bodies[name].extreme() : bodies[name].ok(pushed))
    case 'empty':
    case 'partial':
    case 'overlong':
      return json(bodies[name][behaviour.outcome](pushed))
    case 'error':
      return json({ message: 'Internal server error' }, 500)
    case 'malformed':
      return malformed[name]()
    case 'offline':
      return { kind: 'network-error' }
    case 'timeout':
      return { kind: 'hang' }
  }
}

/** How long to wait before answering; a hang waits for the client alone. */
export const delayFor = (behaviour: EndpointBehaviour): number =>
  behaviour.outcome === 'timeout' ? Infinity : behaviour.latencyMs
