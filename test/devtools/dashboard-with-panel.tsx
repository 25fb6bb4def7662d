import { server } from '../../mocks/node'
import { requestLog } from '../../mocks/request-log'
import { setActiveScenario } from '../../mocks/scenario-store'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import { DevTools } from '../../src/devtools/dev-tools'
import { renderDashboard } from '../render'

/** Boots the dashboard as main.tsx does in mock mode, from a URL's query string. */
export function renderDashboardWithPanel(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  setActiveScenario(parseScenarioUrl(search).scenario)
  // As mocks/browser.ts does with the worker; setup.ts removes the listeners after each test.
  requestLog.clear()
  requestLog.attach(server.events)
  return renderDashboard({ startedAt: 0, tools: (recorder) => <DevTools recorder={recorder} /> })
}
