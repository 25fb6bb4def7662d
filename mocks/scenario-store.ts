import { endpointNames, type EndpointName } from '../src/api/endpoints'
import { defaultScenario, type Scenario } from './scenarios'

// The live scenario the handlers read on every request, so switching needs no reload.

let active: Scenario = defaultScenario
let attempts: Partial<Record<EndpointName, number>> = {}
const attemptListeners = new Set<(attempt: { requestId: string; name: EndpointName; attempt: number }) => void>()

export const getActiveScenario = (): Scenario => active

/**
 * Switches the scenario and starts attempt counting afresh, so a flaky endpoint fails anew. Only
 * the endpoints named are counted afresh, so a change to one section leaves another's retries alone.
 */
export function setActiveScenario(scenario: Scenario, countAfresh: readonly EndpointName[] = endpointNames): void {
  active = scenario
  for (const name of countAfresh) delete attempts[name]
}

/** Forgets every attempt, so the next request to each endpoint is its first again (the strategy lab's runs). */
export function resetAttempts(): void {
  attempts = {}
}

/** Counts an attempt on an endpoint and returns its number, 1 for the first. */
export function countAttempt(name: EndpointName, requestId?: string): number {
  const attempt = (attempts[name] ?? 0) + 1
  attempts[name] = attempt
  if (requestId) attemptListeners.forEach((listener) => listener({ requestId, name, attempt }))
  return attempt
}

/** Hears each counted attempt with the id MSW gave its request, so the request log can number it. */
export function onAttempt(listener: (attempt: { requestId: string; name: EndpointName; attempt: number }) => void): () => void {
  attemptListeners.add(listener)
  return () => void attemptListeners.delete(listener)
}
