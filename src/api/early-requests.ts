import type { EndpointName } from './endpoints'

// The static host's head script (src/app/head/early-requests.ts) starts each GET while the HTML is
// still parsing; getJson adopts it for the page's first attempt. This module is the one channel
// between the two: the head script puts, the API client takes.

/** A request the page's head script started while the HTML was still arriving. */
export interface EarlyRequest {
  /** performance.now() when it left, so its timeout counts from the real start. */
  startedAt: number
  controller: AbortController
  response: Promise<Response>
}

declare global {
  interface Window {
    __ecomarketEarly?: Partial<Record<string, EarlyRequest>>
  }
}

/** Hands an endpoint's request over to the app (the head script's side). */
export function putEarlyRequest(name: EndpointName, request: EarlyRequest): void {
  ;(window.__ecomarketEarly ??= {})[name] = request
}

/** Hands over an endpoint's early request, once: only a page's first attempt can use it. */
export function takeEarlyRequest(name: string): EarlyRequest | undefined {
  const early = globalThis.window?.__ecomarketEarly
  const request = early?.[name]
  if (request) delete early[name]
  return request
}

/**
 * Fetch priority from the endpoint table's criticality: the critical sections' requests go first.
 * The optional ones keep the browser's default rather than `low`: while a page loads over HTTP/1.1,
 * Chromium holds `low` fetches back behind its other requests, and on `npm run serve` an optional
 * section's request then waited up to its whole 2 s timeout for its turn.
 */
export const fetchPriority = (criticality: 'critical' | 'optional'): RequestPriority =>
  criticality === 'critical' ? 'high' : 'auto'
