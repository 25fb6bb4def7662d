import type { Page } from '@playwright/test'
import { loadDashboard } from '../dashboard-test'
import { serveScenario, serverRequests } from '../real/real-server'
import { categoryFilterTests, notificationWriteTests, type WritesDriver } from '../writes-filter-cases'

// Against npm run serve, on the streamed page: each test's scenario is its own cookie session on
// the reference API, which pushes over a real WebSocket and counts the writes it receives. The
// page's own query (?category=) is rendered by the server too, and hydrated.
const SESSION_COOKIE = 'ecomarket-scenario'

/** The API session this page's context has (its cookie), if any. */
const sessionOf = async (page: Page, baseURL: string) =>
  (await page.context().cookies(baseURL)).find((cookie) => cookie.name === SESSION_COOKIE)?.value

const streamedMode: WritesDriver = {
  open: async (page, scenario, baseURL, pageSearch = '') => {
    // A page opened again with the first one's cookie keeps its session, and with it the API's inbox.
    if (!(await sessionOf(page, baseURL))) await serveScenario(page, baseURL, scenario)
    await loadDashboard(page, pageSearch)
  },
  switchTo: async (page, scenario, baseURL) => {
    const session = await sessionOf(page, baseURL)
    const response = await page.request.post(`${baseURL}/__scenario`, { data: { search: scenario, session } })
    if (!response.ok()) throw new Error(`the server refused scenario ${scenario}: ${await response.text()}`)
  },
  pushNow: async (page, baseURL) => {
    const response = await page.request.post(`${baseURL}/__live/push`)
    if (!response.ok()) throw new Error(`push refused: ${response.status()}`)
  },
  writesReceived: async (page, baseURL) => {
    const counts = await serverRequests(page, baseURL, (await sessionOf(page, baseURL))!)
    return (counts.markRead ?? 0) + (counts.markAllRead ?? 0)
  },
}

notificationWriteTests(streamedMode)
categoryFilterTests(streamedMode)
