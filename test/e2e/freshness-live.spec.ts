import { loadDashboard } from './dashboard-test'
import { freshnessAndLiveTests } from './freshness-live-cases'

// Mock mode: the scenario comes from the URL, and the mock API in the page is switched and pushes
// through window.ecomarketMocks.
freshnessAndLiveTests({
  open: (page, search) => loadDashboard(page, search),
  switchTo: async (page, search) => void (await page.evaluate((next) => window.ecomarketMocks?.use(next), search)),
  pushNow: (page) => page.evaluate(() => window.ecomarketMocks?.pushNotification()),
})
