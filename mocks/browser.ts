import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { pushLiveNotificationNow } from './live-handler'
import { metricsHandler, receivedBeacons } from './metrics-inbox'
import { requestLog } from './request-log'
import { describeSelection, parseScenarioUrl } from './scenario-url'
import { setActiveScenario } from './scenario-store'

const metricsUrl = import.meta.env.VITE_METRICS_URL
export const worker = setupWorker(...handlers, ...(metricsUrl ? [metricsHandler(metricsUrl)] : []))

declare global {
  interface Window {
    /** For the browser console and the end-to-end tests: switch the live scenario, cache untouched. */
    ecomarketMocks?: {
      use: (search: string) => string[]
      beacons: typeof receivedBeacons
      pushNotification: () => void
    }
  }
}

/** Starts the mock API with the scenario the URL asks for; resolves once requests are intercepted. */
export async function startMockApi(search: string): Promise<{ warnings: string[]; scenario: string }> {
  const selection = parseScenarioUrl(search)
  setActiveScenario(selection.scenario)
  window.ecomarketMocks = {
    use: (nextSearch) => {
      const next = parseScenarioUrl(nextSearch)
      setActiveScenario(next.scenario)
      return next.warnings
    },
    beacons: receivedBeacons,
    pushNotification: pushLiveNotificationNow,
  }
  requestLog.attach(worker.events)
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return { warnings: selection.warnings, scenario: describeSelection(selection.baseId, selection.overrides) }
}
