import type { EndpointName } from '../src/api/endpoints'
import type { Notification } from '../src/api/schemas'
import * as fixtures from './fixtures'
import type { EndpointBehaviour } from './scenarios'

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

const bodies: Record<
  EndpointName,
  { ok: (pushed: readonly Notification[]) => unknown; empty: () => unknown; extreme: () => unknown }
> = {
  products: { ok: () => fixtures.products, empty: () => [], extreme: fixtures.extreme.products },
  categories: { ok: () => fixtures.categories, empty: () => [], extreme: fixtures.extreme.categories },
  profile: { ok: () => fixtures.profile, empty: () => fixtures.newMemberProfile, extreme: fixtures.extreme.profile },
  // What the live socket pushed is part of the inbox, newest first, so a refetch keeps it.
  notifications: {
    ok: (pushed) => [...pushed, ...fixtures.notifications()],
    empty: () => [],
    extreme: fixtures.extreme.notifications,
  },
}

/** Bodies that fail validation: wrong shapes, and for notifications not JSON at all. */
const malformed: Record<EndpointName, () => ResponsePlan> = {
  products: () => json({ items: 'not a list' }),
  categories: () => json([{ id: 7, title: 'Pantry' }]),
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
      return json(bodies[name].empty())
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
