import { server } from '../../mocks/node'
import { requestLog } from '../../mocks/request-log'
import { setActiveScenario } from '../../mocks/scenario-store'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import { createQueryClient } from '../../src/api/query-client'
import { App } from '../../src/app'
import { startDashboardLoad } from '../../src/dashboard-load'
import { DevTools } from '../../src/devtools/dev-tools'
import { createLoadRecorder } from '../../src/metrics/load-recorder'
import { inLanguage, renderWithClient } from '../render'

/** Boots the dashboard as main.tsx does in mock mode, from a URL's query string. */
export function renderDashboardWithPanel(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  setActiveScenario(parseScenarioUrl(search).scenario)
  // As mocks/browser.ts does with the worker; setup.ts removes the listeners after each test.
  requestLog.clear()
  requestLog.attach(server.events)
  const client = createQueryClient()
  const recorder = createLoadRecorder(client.getQueryCache())
  recorder.beginLoad({ startedAt: 0 })
  startDashboardLoad(client)
  return { recorder, ...renderWithClient(<App queryClient={client} {...inLanguage()} tools={<DevTools recorder={recorder} />} />, { client }) }
}
