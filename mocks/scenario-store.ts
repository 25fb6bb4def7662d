import type { EndpointName } from '../src/api/endpoints'
import type { Notification } from '../src/api/schemas'
import { defaultScenario, type Scenario } from './scenarios'

// The live scenario the handlers read on every request, so switching needs no reload.

let active: Scenario = defaultScenario
let attempts: Partial<Record<EndpointName, number>> = {}
/** Notifications pushed live so far, newest first: the notifications endpoint lists them too. */
const pushed: Notification[] = []
let liveConnections = 0

export const getActiveScenario = (): Scenario => active

/** Switches the scenario and starts afresh: attempt counts (a flaky endpoint fails anew), the pushed inbox, live connections. */
export function setActiveScenario(scenario: Scenario): void {
  active = scenario
  attempts = {}
  pushed.length = 0
  liveConnections = 0
}

export const pushedNotifications = (): readonly Notification[] => pushed

export function rememberPushed(notification: Notification): void {
  pushed.unshift(notification)
}

/** Counts a live connection under the current scenario; 1 for the first (the one `drop@` drops). */
export const countLiveConnection = (): number => ++liveConnections

/** Counts an attempt on an endpoint and returns its number, 1 for the first. */
export function countAttempt(name: EndpointName): number {
  attempts[name] = (attempts[name] ?? 0) + 1
  return attempts[name]
}
