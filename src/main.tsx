import './ui/theme.css'
import { createQueryClient } from './api/query-client'
import { hasSavedData } from './api/saved-data-version'
import { loadOrShowFailure } from './boot-failure'
import { startDashboardLoad } from './dashboard-load'
import { loadMessages } from './i18n/catalogs'
import { applyDocumentLocale } from './i18n/document-locale'
import { detectLocale } from './i18n/locale'
import { sendLoadBeacon } from './metrics/beacon'
import { logCompletionOrder } from './metrics/completion-log'
import { createLoadRecorder, timeToFirstData } from './metrics/load-recorder'
import { appendHistory } from './metrics/ttfd-history'

// Vite replaces this with a constant, so with mocking off the mock layer is not even in the build.
const mocking = import.meta.env.VITE_API_MOCKING !== 'off'

/** Starts the mock API; if it can't start, the page still loads and says why. */
async function startMocks(): Promise<{ warnings: string[]; scenario?: string }> {
  try {
    const { startMockApi } = await import('../mocks/browser')
    performance.mark('ecomarket:mocks-loaded')
    return await startMockApi(window.location.search)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { warnings: [`The mock API could not start (${reason}), so requests go to the network.`] }
  }
}

/**
 * Boots the page. A function rather than top-level await: in a mocking-off build the render module
 * shares this script's chunk, and a module still awaiting at its top level can't be imported back.
 */
async function boot() {
  // User Timing marks let the benchmark and DevTools' Performance panel show where start-up time goes.
  performance.mark('ecomarket:boot')
  // The language is known at once (stored choice, else the browser's), so the page never shows the wrong one.
  const locale = detectLocale()
  document.documentElement.lang = locale
  // React DOM and the sections download while the mock API starts: neither waits for the other,
  // and the requests wait for neither React nor the first render.
  const rendering = loadOrShowFailure(import('./render-app')) // a chunk lost to a dropped connection: say so, offer Reload
  // Only this language's catalog, alongside the render module; with mocking off it is the one chunk loaded later.
  const catalog = loadOrShowFailure(loadMessages(locale))
  const { warnings, scenario } = mocking ? await startMocks() : { warnings: [], scenario: undefined }
  performance.mark('ecomarket:mocks-ready')

  const queryClient = createQueryClient()
  const recorder = createLoadRecorder(queryClient.getQueryCache())
  recorder.beginLoad({ startedAt: 0, scenario }) // the page's own load counts from navigation start
  recorder.onComplete((load) => {
    sendLoadBeacon(load)
    const ttfdMs = timeToFirstData(load)
    if (mocking && ttfdMs !== undefined) appendHistory({ at: Date.now(), ttfdMs: Math.round(ttfdMs), scenario: load.scenario })
  })
  if (import.meta.env.DEV) logCompletionOrder(recorder)

  // Saved categories and products go into the cache first (microtasks: localStorage is synchronous),
  // so the first render after hydration shows them and no request starts for what is still fresh.
  // In mock mode saved data belongs to its scenario: reloading under another one never shows the old answers.
  const savedData = { variant: scenario && `mock scenario ${scenario}` }
  // A first visit has nothing saved, so it never downloads the restore code or TanStack's persister.
  if (hasSavedData()) await import('./api/saved-data').then(({ restoreSavedData }) => restoreSavedData(queryClient, savedData)).catch(() => {})
  // Saving waits until this load has completed, so a storage write never competes with an answer being drawn.
  const stopWaitingForLoad = recorder.onComplete(() => {
    stopWaitingForLoad()
    void import('./api/saved-data-writer').then(({ saveDataAsItChanges }) => saveDataAsItChanges(queryClient, savedData)).catch(() => {})
  })
  startDashboardLoad(queryClient)
  performance.mark('ecomarket:requests-started')
  const [{ renderApp }, messages] = await Promise.all([rendering, catalog])
  applyDocumentLocale(locale, messages)
  renderApp(queryClient, { mocking, warnings, recorder, locale, messages })
  // The live channel waits only for the first render.
  void import('./sections/notifications/live-notifications').then(({ startLiveNotifications }) => startLiveNotifications(queryClient)).catch(() => {})
  requestAnimationFrame(() => performance.mark('ecomarket:first-frame'))
}

void boot()
