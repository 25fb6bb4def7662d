import type { EndpointName } from '../src/api/endpoints'
import { defaultScenario, type Scenario } from './scenarios'

// The live scenario the handlers read on every request, so switching needs no reload.

let active: Scenario = defaultScenario
let attempts: Partial<Record<EndpointName, number>> = {}

export const getActiveScenario = (): Scenario => active

/** Switches the scenario and starts attempt counting afresh, so a flaky endpoint fails anew. */
export function setActiveScenario(scenario: Scenario): void {
  active = scenario
  attempts = {}
}

/** Counts an attempt on an endpoint and returns its number, 1 for the first. */
export function countAttempt(name: EndpointName): number {
  attempts[name] = (attempts[name] ?? 0) + 1
  return attempts[name]
}
