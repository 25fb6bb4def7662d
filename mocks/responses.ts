import { safeParse } from 'valibot'
import { type EndpointName } from '../src/api/endpoints'
import { writes, type WriteName } from '../src/api/writes'
import type { Notification } from '../src/api/schemas'
import { notificationPath } from '../src/api/writes'
import * as fixtures from './fixtures'
import type { EndpointBehaviour, Outcome, WriteBehaviour } from './scenarios'

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

/** The shopper's inbox beyond the fixtures: what the live socket pushed, and what writes changed. */
export interface Inbox {
  /** Pushed live, newest first: the notifications endpoint lists them too, so a refetch keeps them. */
  pushed: Notification[]
  /** Each notification a write marked, by id: read (true) or unread again (false). */
  read: Map<string, boolean>
}

export const emptyInbox = (): Inbox => ({ pushed: [], read: new Map() })

/** The inbox's notifications as they are now: the pushed ones first, then the fixtures, each as writes left it. */
const listed = <T extends object>(inbox: Inbox, fixtureList: readonly T[]): (T | Notification)[] =>
  [...inbox.pushed, ...fixtureList].map((notification) => {
    const { id } = notification as { id?: unknown }
    const read = typeof id === 'string' ? inbox.read.get(id) : undefined
    return read === undefined ? notification : { ...notification, read }
  })

type Bodies = Record<Exclude<Outcome, 'timeout' | 'offline' | 'error' | 'malformed'>, (inbox: Inbox) => unknown>

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
    ok: (inbox) => listed(inbox, fixtures.notifications()),
    empty: () => [],
    partial: (inbox) => listed(inbox, fixtures.partial.notifications()),
    overlong: (inbox) => listed(inbox, fixtures.overlong.notifications()),
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
  inbox: Inbox = emptyInbox(),
): ResponsePlan {
  if (attempt <= (behaviour.failFirst ?? 0)) return json({ message: 'Service unavailable, try again' }, 503)
  switch (behaviour.outcome) {
    case 'ok':
      return json(behaviour.extreme ? bodies[name].extreme() : bodies[name].ok(inbox))
    case 'empty':
    case 'partial':
    case 'overlong':
      return json(bodies[name][behaviour.outcome](inbox))
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
export const delayFor = (behaviour: EndpointBehaviour | WriteBehaviour): number =>
  behaviour.outcome === 'timeout' ? Infinity : behaviour.latencyMs

/** What a write asks for: its path's parts and its body, each checked by the table's schemas; undefined if either is wrong. */
export function writeVariables(name: WriteName, params: unknown, body: unknown): Record<string, unknown> | undefined {
  const checkedBody = safeParse(writes[name].body, body)
  const checkedPath = name === 'markRead' ? safeParse(notificationPath, params) : { success: true, output: {} }
  return checkedBody.success && checkedPath.success
    ? { ...(checkedPath.output as object), ...(checkedBody.output as object) }
    : undefined
}

const noContent: ResponsePlan = { kind: 'answer', status: 204, contentType: 'application/json', body: '' }

/**
 * The answer to a write under the scenario's `mark-read` behaviour. Only `ok` changes the inbox:
 * one notification marked (404 if the inbox has no such id), or every listed id of a read-all (one
 * it doesn't know is skipped: it may have gone since the shopper saw it). Writing twice changes nothing more.
 */
export function planWrite(
  name: WriteName,
  behaviour: WriteBehaviour,
  variables: Record<string, unknown>,
  inbox: Inbox,
): ResponsePlan {
  switch (behaviour.outcome) {
    case 'error':
      return json({ message: 'Internal server error' }, 500)
    case 'offline':
      return { kind: 'network-error' }
    case 'timeout':
      return { kind: 'hang' }
    case 'ok': {
      const known = new Set([...inbox.pushed, ...fixtures.notifications()].map((notification) => notification.id))
      if (name === 'markRead') {
        const { id, read } = variables as { id: string; read: boolean }
        if (!known.has(id)) return json({ message: 'No such notification' }, 404)
        inbox.read.set(id, read)
      } else {
        for (const id of (variables as { ids: string[] }).ids) if (known.has(id)) inbox.read.set(id, true)
      }
      return noContent
    }
  }
}
