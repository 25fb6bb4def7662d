import { endpointNames, type EndpointName } from '../src/api/endpoints'
import { writeNames, type WriteName } from '../src/api/writes'
import type { Notification } from '../src/api/schemas'
import { emptyInbox, type Inbox } from './responses'
import { defaultScenario, type Scenario } from './scenarios'

// The live scenario the handlers read on every request, so switching needs no reload.

let active: Scenario = defaultScenario
/** What an attempt is counted under: a read endpoint or a write. */
export type Counted = EndpointName | WriteName

let attempts: Partial<Record<Counted, number>> = {}
/** Notifications pushed live so far (newest first) and what writes changed: the notifications endpoint lists them. */
const inbox: Inbox = emptyInbox()
let liveConnections = 0
const attemptListeners = new Set<(attempt: { requestId: string; name: Counted; attempt: number }) => void>()

export const getActiveScenario = (): Scenario => active

/**
 * Switches the scenario and starts attempt counting afresh, so a flaky endpoint fails anew. Only
 * the endpoints named are counted afresh, so a change to one section leaves another's retries alone;
 * a fresh start for notifications also forgets the inbox (pushed, marked read), its writes' count
 * and the live connections.
 */
export function setActiveScenario(scenario: Scenario, countAfresh: readonly EndpointName[] = endpointNames): void {
  active = scenario
  for (const name of countAfresh) delete attempts[name]
  if (countAfresh.includes('notifications')) {
    for (const name of writeNames) delete attempts[name]
    inbox.pushed.length = 0
    inbox.read.clear()
    liveConnections = 0
  }
}

/** Forgets every attempt, so the next request to each endpoint is its first again (the strategy lab's runs). */
export function resetAttempts(): void {
  attempts = {}
}

/** The mock inbox, which the writes change in place. */
export const mockInbox = (): Inbox => inbox

export function rememberPushed(notification: Notification): void {
  inbox.pushed.unshift(notification)
}

/** Counts a live connection under the current scenario; 1 for the first (the one `drop@` drops). */
export const countLiveConnection = (): number => ++liveConnections

/** Counts an attempt on an endpoint and returns its number, 1 for the first. */
export function countAttempt(name: Counted, requestId?: string): number {
  const attempt = (attempts[name] ?? 0) + 1
  attempts[name] = attempt
  if (requestId) attemptListeners.forEach((listener) => listener({ requestId, name, attempt }))
  return attempt
}

/** Hears each counted attempt with the id MSW gave its request, so the request log can number it. */
export function onAttempt(
  listener: (attempt: { requestId: string; name: Counted; attempt: number }) => void,
): () => void {
  attemptListeners.add(listener)
  return () => void attemptListeners.delete(listener)
}
