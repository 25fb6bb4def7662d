import { http, HttpResponse } from 'msw'
import { endpointNames, endpoints } from '../src/api/endpoints'
import { writeNames, writes } from '../src/api/writes'
import { liveHandler } from './live-handler'
import { delayFor, planResponse, planWrite, writeVariables, type ResponsePlan } from './responses'
import { countAttempt, getActiveScenario, mockInbox } from './scenario-store'

/** Resolves after `ms`, or as soon as the request is aborted; `Infinity` waits for the abort alone. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true },
    )
  })
}

/** A hang has already waited for the abort, so it ends as a network error nobody reads. */
const toMswResponse = (plan: ResponsePlan): Response =>
  plan.kind === 'answer'
    ? new HttpResponse(plan.status === 204 ? null : plan.body, {
        status: plan.status,
        headers: { 'Content-Type': plan.contentType },
      })
    : HttpResponse.error()

const isOffline = () => globalThis.navigator?.onLine === false

/** One handler per endpoint of the table, each reading the live scenario when its request arrives; then the live socket. */
export const handlers = [
  ...endpointNames.map((name) =>
    http.get(`*${endpoints[name].path}`, async ({ request, requestId }) => {
      // The mock API lives in the page, so the browser's offline mode would not reach it: it checks.
      if (isOffline()) return HttpResponse.error()
      const behaviour = getActiveScenario().endpoints[name]
      const attempt = countAttempt(name, requestId)
      await wait(delayFor(behaviour), request.signal)
      if (isOffline()) return HttpResponse.error()
      return toMswResponse(planResponse(name, behaviour, attempt, mockInbox()))
    }),
  ),
  // The writes: bodies checked by the table's schemas (400 if wrong), then the scenario's `mark-read` behaviour.
  ...writeNames.map((name) =>
    http[writes[name].method === 'PATCH' ? 'patch' : 'post'](
      `*${writes[name].path}`,
      async ({ request, params, requestId }) => {
        if (isOffline()) return HttpResponse.error()
        const variables = writeVariables(name, params, await request.json().catch(() => undefined))
        if (!variables) return HttpResponse.json({ message: 'The body does not match its schema' }, { status: 400 })
        const behaviour = getActiveScenario().writes
        countAttempt(name, requestId)
        await wait(delayFor(behaviour), request.signal)
        if (isOffline() || request.signal.aborted) return HttpResponse.error()
        return toMswResponse(planWrite(name, behaviour, variables, mockInbox()))
      },
    ),
  ),
  liveHandler,
]
