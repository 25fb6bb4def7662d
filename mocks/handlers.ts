import { http, HttpResponse, type JsonBodyType } from 'msw'
import { endpointNames, endpoints, type EndpointName } from '../src/api/endpoints'
import * as fixtures from './fixtures'
import { countAttempt, getActiveScenario } from './scenario-store'
import type { EndpointBehaviour } from './scenarios'

const bodies: Record<EndpointName, { ok: () => JsonBodyType; empty: () => JsonBodyType; extreme: () => JsonBodyType }> = {
  products: { ok: () => fixtures.products, empty: () => [], extreme: fixtures.extreme.products },
  categories: { ok: () => fixtures.categories, empty: () => [], extreme: fixtures.extreme.categories },
  profile: { ok: () => fixtures.profile, empty: () => fixtures.newMemberProfile, extreme: fixtures.extreme.profile },
  notifications: { ok: () => fixtures.notifications(), empty: () => [], extreme: fixtures.extreme.notifications },
}

/** Bodies that fail validation: wrong shapes, and for notifications not JSON at all. */
const malformed: Record<EndpointName, () => Response> = {
  products: () => HttpResponse.json({ items: 'not a list' }),
  categories: () => HttpResponse.json([{ id: 7, title: 'Pantry' }]),
  profile: () => HttpResponse.json({ name: 42, tier: 'platinum', ecoPoints: -5 }),
  notifications: () => HttpResponse.text('<html><body>502 Bad Gateway</body></html>', { headers: { 'Content-Type': 'text/html' } }),
}

/** Resolves after `ms`, or as soon as the request is aborted; `Infinity` waits for the abort alone. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve() }, { once: true })
  })
}

function respond(name: EndpointName, behaviour: EndpointBehaviour, attempt: number): Response {
  if (attempt <= (behaviour.failFirst ?? 0)) {
    return HttpResponse.json({ message: 'Service unavailable, try again' }, { status: 503 })
  }
  switch (behaviour.outcome) {
    case 'ok':
      return HttpResponse.json(behaviour.extreme ? bodies[name].extreme() : bodies[name].ok())
    case 'empty':
      return HttpResponse.json(bodies[name].empty())
    case 'error':
      return HttpResponse.json({ message: 'Internal server error' }, { status: 500 })
    case 'malformed':
      return malformed[name]()
    case 'offline':
    case 'timeout':
      return HttpResponse.error()
  }
}

/** One handler per endpoint of the table; each reads the live scenario when its request arrives. */
export const handlers = endpointNames.map((name) =>
  http.get(`*${endpoints[name].path}`, async ({ request }) => {
    const behaviour = getActiveScenario().endpoints[name]
    const attempt = countAttempt(name)
    await wait(behaviour.outcome === 'timeout' ? Infinity : behaviour.latencyMs, request.signal)
    return respond(name, behaviour, attempt)
  }),
)
