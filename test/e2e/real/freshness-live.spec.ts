import { loadDashboard } from '../dashboard-test'
import { freshnessAndLiveTests } from '../freshness-live-cases'
import { serveScenario, watchPolicyViolations } from './real-server'

// Against npm run serve: each scenario is the page's own cookie session on the server, and the
// server pushes over a real WebSocket.
freshnessAndLiveTests({
  open: async (page, search, baseURL) => {
    await serveScenario(page, baseURL, search)
    return loadDashboard(page)
  },
  switchTo: async (page, search, baseURL) => {
    await serveScenario(page, baseURL, search)
  },
  pushNow: async (page, baseURL) => {
    const response = await page.request.post(`${baseURL}/__live/push`)
    if (!response.ok()) throw new Error(`push refused: ${response.status()}`)
  },
  watchPolicy: watchPolicyViolations,
})
