import './ui/theme.css'
import { createQueryClient } from './api/query-client'
import { restoreSavedData } from './api/saved-data'
import { startDashboardLoad } from './dashboard-load'
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

// User Timing marks let the benchmark and DevTools' Performance panel show where start-up time goes.
performance.mark('ecomarket:boot')
// React DOM and the sections download while the mock API starts: neither waits for the other,
// and the requests wait for neither React nor the first render.
const rendering = import('./render-app')
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
await restoreSavedData(queryClient, savedData)
// Saving waits until this load has completed, so a storage write never competes with an answer being drawn.
const stopWaitingForLoad = recorder.onComplete(() => {
  stopWaitingForLoad()
  void import('./api/saved-data-writer').then(({ saveDataAsItChanges }) => saveDataAsItChanges(queryClient, savedData)).catch(() => {})
})
startDashboardLoad(queryClient)
performance.mark('ecomarket:requests-started')
const { renderApp } = await rendering
renderApp(queryClient, { mocking, warnings, recorder })
// The live channel waits only for the first render.
void import('./sections/notifications/live-notifications').then(({ startLiveNotifications }) => startLiveNotifications(queryClient)).catch(() => {})
requestAnimationFrame(() => performance.mark('ecomarket:first-frame'))
