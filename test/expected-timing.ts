import type { Scenario } from '../mocks/scenarios'
import { endpointNames, endpoints, type EndpointName } from '../src/api/endpoints'
import { backoffDelay } from '../src/api/retry-policy'

/**
 * The earliest and latest a section can settle after its request starts, worked out from its
 * scenario behaviour and its retry policy (backoff jitter is what makes it a window).
 */
export function settleWindow(scenario: Scenario, name: EndpointName): [number, number] {
  const behaviour = scenario.endpoints[name]
  const { retry, timeoutMs } = endpoints[name]
  const attemptMs = behaviour.outcome === 'timeout' ? Infinity : behaviour.latencyMs
  if (attemptMs >= timeoutMs) return [timeoutMs, timeoutMs]
  const keepsFailing = behaviour.outcome === 'offline' || behaviour.outcome === 'error'
  const retries = keepsFailing ? retry.retries : Math.min(behaviour.failFirst ?? 0, retry.retries)
  let shortest = (retries + 1) * attemptMs
  let longest = shortest
  for (let n = 1; n <= retries; n++) {
    shortest += backoffDelay(retry, n, () => 0)
    longest += backoffDelay(retry, n, () => 1)
  }
  return [shortest, longest]
}

/** Pairs of sections whose windows don't overlap: the first settles before the second, whatever the jitter. */
export function certainOrder(scenario: Scenario): [EndpointName, EndpointName][] {
  const pairs: [EndpointName, EndpointName][] = []
  for (const first of endpointNames) {
    for (const second of endpointNames) {
      if (settleWindow(scenario, first)[1] < settleWindow(scenario, second)[0]) pairs.push([first, second])
    }
  }
  return pairs
}
