import { loadDashboard } from './dashboard-test'
import { categoryFilterTests, notificationWriteTests, type WritesDriver } from './writes-filter-cases'

// Mock mode: the API's scenario is in the page's URL, beside its own query (?category=); the mock
// API lives in the page, switched and made to push through window.ecomarketMocks.
const mockMode: WritesDriver = {
  open: async (page, scenario, _baseURL, pageSearch = '') => {
    const query = new URLSearchParams(scenario)
    for (const [name, value] of new URLSearchParams(pageSearch)) query.set(name, value)
    await loadDashboard(page, `?${query}`)
  },
  switchTo: async (page, scenario) => void (await page.evaluate((next) => window.ecomarketMocks?.use(next), scenario)),
  pushNow: (page) => page.evaluate(() => window.ecomarketMocks?.pushNotification()),
}

notificationWriteTests(mockMode)
categoryFilterTests(mockMode)
