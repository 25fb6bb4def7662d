import { putEarlyRequest } from '../../api/early-requests'
import type { EndpointName } from '../../api/endpoints'
import { readSavedIndex, savedAnswerIsFresh, type SavedIndex } from '../../api/saved-data-version'
import { browserStorage } from '../../api/local-storage'

/** What the build tells the head script of each endpoint (from the endpoint table). */
export interface EarlyRequestSpec {
  name: EndpointName
  path: string
  /** How long a saved answer spares this request (savedFreshForMs); 0: always requested. */
  freshForMs: number
  priority: RequestPriority
}

export interface EarlyRequestsConfig {
  /** VITE_API_BASE_URL; empty for the page's own origin. */
  apiBase: string
  requests: EarlyRequestSpec[]
  /** The saved data's buster in this build (savedDataBuster). */
  buster: string
}

/**
 * Starts one GET per endpoint, with the headers getJson sends, before any module has downloaded;
 * getJson adopts each for the page's first attempt. A request that a fresh saved answer spares is
 * left out: the app shows the saved answer and makes no request either.
 */
export function startEarlyRequests({ apiBase, requests, buster }: EarlyRequestsConfig, now = Date.now()): void {
  const base = (apiBase || location.origin).replace(/\/+$/, '')
  // Endpoints that saved data can't spare leave first; reading storage (slow on a cold profile) comes after them.
  const ordered = [...requests].sort((a, b) => Number(a.freshForMs > 0) - Number(b.freshForMs > 0))
  let index: SavedIndex | undefined
  let indexRead = false
  for (const { name, path, freshForMs, priority } of ordered) {
    if (freshForMs > 0) {
      if (!indexRead) [index, indexRead] = [readSavedIndex(browserStorage()), true]
      if (savedAnswerIsFresh(index, name, { freshForMs, buster, now })) continue
    }
    const controller = new AbortController()
    const response = fetch(base + path, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      priority,
    })
    response.catch(() => {}) // adopted or not, a failure is the app's to report
    putEarlyRequest(name, { startedAt: performance.now(), controller, response })
  }
}
