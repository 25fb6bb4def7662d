import type { QueryClient } from '@tanstack/react-query'
import type { Persister } from '@tanstack/react-query-persist-client'
import { endpointNames } from '../api/endpoints'
import { sectionKey } from '../api/query-keys'
import { attachPageAnswers, type PageAnswers } from '../api/page-answers'
import { createQueryClient } from '../api/query-client'
import { hasSavedData } from '../api/saved-data-version'
import { sendLoadBeacon } from '../metrics/beacon'
import { logCompletionOrder } from '../metrics/completion-log'
import { createLoadRecorder, timeToFirstData, type LoadRecorder } from '../metrics/load-recorder'
import { appendHistory } from '../metrics/ttfd-history'
// Types only: the components stay out of the entry, which must start the requests before React has loaded.
import type { SectionEntry } from '../sections/registry'
import { mockApi } from './build-flags'
import { startDashboardLoad } from './dashboard-load'

/** What the boot made, for the render step. */
export interface BootedDashboard {
  queryClient: QueryClient
  /** Each load's timeline: in a mock build (the developer panel) or with a metrics collector. */
  recorder?: LoadRecorder
  /** The sections to draw; absent, the registry's. */
  sections?: readonly SectionEntry[]
  /** Saved data from the last visit is in the cache, to be drawn in the first render. */
  restored: boolean
}

export interface BootOptions {
  /** The sections to load and show; absent, the registry's (src/sections/registry.ts). */
  sections?: readonly SectionEntry[]
  /** The mock scenario: recorded with the load, and saved data belongs to it. */
  scenario?: string
  /** When the load began (ms, the recorder's clock); the page passes 0, its navigation start. */
  startedAt?: number
  /** The recorder's clock. */
  now?: () => number
  /** Show saved data from the last visit before any request, and save this visit's once the load completes. */
  savedData?: false | { persister?: Persister }
  /** Answers the page brought (the streamed document): each section's first attempt. */
  pageAnswers?: PageAnswers
  /** Keep each load's time to first data for the developer panel's History tab (mock builds only). */
  keepHistory?: boolean
  /** Log each section's outcome to the console as it settles, as the study's as_completed loop did (development builds only). */
  logCompletion?: boolean
}

/**
 * The one way the dashboard starts, for the page (src/app/main.tsx) and for every test that renders
 * all of it: query client → load recorder → saved data → every request at once. Rendering comes
 * next, then the live channel (startLiveChannel). It imports neither React nor a component, so the
 * requests leave before they have downloaded.
 */
export async function bootDashboard(options: BootOptions = {}): Promise<BootedDashboard> {
  const { sections, scenario, startedAt, now, savedData = false, pageAnswers, keepHistory = false } = options
  const queryClient = createQueryClient()
  // The recorder feeds the developer panel (a mock build) and the metrics beacon (VITE_METRICS_URL);
  // both are build-time constants, so a shopper's build without a collector leaves it out.
  const recorder =
    mockApi || import.meta.env.VITE_METRICS_URL
      ? recordLoads(queryClient, { startedAt, scenario, now, keepHistory })
      : undefined
  if (import.meta.env.DEV && recorder && options.logCompletion) logCompletionOrder(recorder)
  if (pageAnswers) attachPageAnswers(queryClient, pageAnswers)

  let restored = false
  if (savedData) {
    // Saved categories and products go into the cache first (microtasks: localStorage is synchronous),
    // so the first render after hydration shows them and no request starts for what is still fresh.
    // In mock mode saved data belongs to its scenario: reloading under another one never shows the old answers.
    const saving = { ...savedData, variant: scenario && `mock scenario ${scenario}` }
    // A first visit has nothing saved, so it never downloads the restore code or TanStack's persister.
    if (savedData.persister || hasSavedData()) {
      await import('../api/saved-data')
        .then(({ restoreSavedData }) => restoreSavedData(queryClient, saving))
        .catch(() => {})
      restored = queryClient
        .getQueryCache()
        .getAll()
        .some((query) => query.state.data !== undefined)
    }
    // Saving waits until every section has its answer, so a storage write never competes with one being drawn.
    void whenAnswered(queryClient, sections?.map((section) => section.endpoint.name) ?? endpointNames).then(() =>
      import('../api/saved-data-writer')
        .then(({ saveDataAsItChanges }) => saveDataAsItChanges(queryClient, saving))
        .catch(() => {}),
    )
  }
  startDashboardLoad(
    queryClient,
    sections?.map((section) => section.endpoint),
  )
  return { queryClient, recorder, sections, restored }
}

function recordLoads(
  queryClient: QueryClient,
  { startedAt, scenario, now, keepHistory }: Pick<BootOptions, 'startedAt' | 'scenario' | 'now' | 'keepHistory'>,
): LoadRecorder {
  const recorder = createLoadRecorder(queryClient.getQueryCache(), now && { now })
  recorder.beginLoad({ startedAt, scenario })
  recorder.onComplete((load) => {
    if (import.meta.env.VITE_METRICS_URL) sendLoadBeacon(load)
    if (!mockApi || !keepHistory) return
    const ttfdMs = timeToFirstData(load)
    if (ttfdMs !== undefined) appendHistory({ at: Date.now(), ttfdMs: Math.round(ttfdMs), scenario: load.scenario })
  })
  return recorder
}

/** Resolves once each named section's query has an answer (data or a final failure): what its HTML already shows. */
export function whenAnswered(queryClient: QueryClient, names: readonly string[]) {
  const answered = () =>
    names.every((name) => {
      const query = queryClient.getQueryCache().find({ queryKey: sectionKey(name), exact: false })
      return query !== undefined && query.state.status !== 'pending'
    })
  return new Promise<void>((resolve) => {
    if (answered()) return resolve()
    const stop = queryClient.getQueryCache().subscribe(() => {
      if (!answered()) return
      stop()
      resolve()
    })
  })
}

/**
 * Opens the live notifications channel where the page has one (src/api/live-setting.ts, read by
 * the lazily loaded module, so the first render's bundle doesn't carry it), and readies the
 * writes (their defaults, the merge rule, and the writes a closed page left unsent, restored and
 * sent once online: on a streamed page too, as they are the shopper's own). Both wait for the
 * first render, so they never compete with it. A page without a socket makes no attempt: the
 * endpoint table's polling carries on.
 */
export function startLiveChannel({ queryClient }: BootedDashboard, liveUrl?: string): void {
  void import('../sections/notifications/notification-actions')
    .then(({ startNotificationsAfterRender }) => startNotificationsAfterRender(queryClient, liveUrl))
    .catch(() => {})
}
