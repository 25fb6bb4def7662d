import type { EndpointName } from '../src/api/endpoints'
import type { WriteName } from '../src/api/writes'
import type { Notification } from '../src/api/schemas'
import type { Inbox } from '../mocks/responses'
import { describeSelection, parseScenarioUrl } from '../mocks/scenario-url'
import type { Scenario } from '../mocks/scenarios'
import type { RawPlans } from './raw-responses'

// The reference API's live scenarios. The one chosen at start serves every browser; a test can
// give its own browser context a scenario of its own (a session, named by a cookie), so tests
// running side by side never see each other's scenario or attempt counts.

export const SESSION_COOKIE = 'ecomarket-scenario'

export interface ScenarioSession extends Inbox {
  scenario: Scenario
  /** A short name for the selection, such as `flaky, products=error@300`. */
  description: string
  /** Requests received, per endpoint and per write. */
  attempts: Partial<Record<EndpointName | WriteName, number>>
  /** Requests whose client left before the answer, each as how long (ms) it had waited: a streamed page's browser that went away, say. */
  abandoned: Partial<Record<EndpointName, number[]>>
  /** Raw answers that replace the scenario's, per endpoint: a test hook (server/raw-responses.ts). */
  raw?: RawPlans
  /** Notifications pushed live to this session, newest first: its notifications endpoint lists them. */
  pushed: Notification[]
  /** What this session's writes marked read (or unread), by id. */
  read: Map<string, boolean>
  /** Live connections opened so far; the first is the one `?live=drop@<ms>` drops. */
  liveConnections: number
}

/** A session from a URL-style selection (`?scenario=flaky&products=error@300`), with any warnings. */
export function sessionFrom(search: string): { session: ScenarioSession; warnings: string[] } {
  const selection = parseScenarioUrl(search)
  const session = {
    scenario: selection.scenario,
    description: describeSelection(selection.baseId, selection.overrides),
    attempts: {},
    abandoned: {},
    pushed: [],
    read: new Map<string, boolean>(),
    liveConnections: 0,
  }
  return { session, warnings: selection.warnings }
}

export function createSessionStore(initial: ScenarioSession) {
  let fallback = initial
  const named = new Map<string, ScenarioSession>()
  return {
    /** The session a request belongs to: its cookie's, else the server-wide one. */
    get: (id: string | undefined): ScenarioSession => (id !== undefined && named.get(id)) || fallback,
    /** A cookie-named session alone, never the server-wide one. */
    named: (id: string): ScenarioSession | undefined => named.get(id),
    /** Replaces a session (or the server-wide one), with fresh attempt counts. */
    set: (id: string | undefined, session: ScenarioSession) => {
      if (id === undefined) fallback = session
      else named.set(id, session)
    },
    /** Counts an attempt on an endpoint and returns its number, 1 for the first. */
    countAttempt: (session: ScenarioSession, name: EndpointName | WriteName): number =>
      (session.attempts[name] = (session.attempts[name] ?? 0) + 1),
    noteAbandoned: (session: ScenarioSession, name: EndpointName, afterMs: number): void =>
      void (session.abandoned[name] ??= []).push(Math.round(afterMs)),
  }
}
export type SessionStore = ReturnType<typeof createSessionStore>
