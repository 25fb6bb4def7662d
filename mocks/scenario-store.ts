import { endpointNames, type EndpointName } from '../src/api/endpoints'
import type { Notification } from '../src/api/schemas'
import { defaultScenario, type Scenario } from './scenarios'

// The live scenario the handlers read on every request, so switching needs no reload.

let active: Scenario = defaultScenario
let attempts: Partial<Record<EndpointName, number>> = {}
/** Notifications pushed live so far, newest first: the notifications endpoint lists them too. */
const pushed: Notification[] = []
let liveConnections = 0
const attemptListeners = new Set<(attempt: { requestId: string; name: EndpointName; attempt: number }) => void>()

export const getActiveScenario = (): Scenario => active

/**
 * Switches the scenario and starts attempt counting afresh, so a flaky endpoint fails anew. Only
 * the endpoints named are counted afresh, so a change to one section leaves another's retries alone;
 * a fresh start for notifications also forgets the pushed inbox and the live connections.
 */
export function setActiveScenario(scenario: Scenario, countAfresh: readonly EndpointName[] = endpointNames): void {
  active = scenario
  for (const name of countAfresh) delete attempts[name]
  if (countAfresh.includes('notifications')) {
    pushed.length = 0
    liveConnections = 0
  }
}

/** Forgets every attempt, so the next request to each endpoint is its first again (the strategy lab's runs). */
export function resetAttempts(): void {
  attempts = {}
}

export const pushedNotifications = (): readonly Notification[] => pushed

export function rememberPushed(notification: Notification): void {
  pushed.unshift(notification)
}

/** Counts a live connection under the current scenario; 1 for the first (the one `drop@` drops). */
export const countLiveConnection = (): number => ++liveConnections

/** Counts an attempt on an endpoint and returns its number, 1 for the first. */
export function countAttempt(name: EndpointName, requestId?: string): number {
  const attempt = (attempts[name] ?? 0) + 1
  attempts[name] = attempt
  if (requestId) attemptListeners.forEach((listener) => listener({ requestId, name, attempt }))
  return attempt
}

/** Hears each counted attempt with the id MSW gave its request, so the request log can number it. */
export function onAttempt(
  listener: (attempt: { requestId: string; name: EndpointName; attempt: number }) => void,
): () => void {
  attemptListeners.add(listener)
  return () => void attemptListeners.delete(listener)
}
