import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { parseScenarioUrl, type ScenarioSelection } from './scenario-url'
import { setActiveScenario } from './scenario-store'

export const worker = setupWorker(...handlers)

/** Starts the mock API with the scenario the URL asks for; resolves once requests are intercepted. */
export async function startMockApi(search: string): Promise<ScenarioSelection> {
  const selection = parseScenarioUrl(search)
  setActiveScenario(selection.scenario)
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return selection
}
