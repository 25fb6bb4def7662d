import type { Page } from '@playwright/test'
import { liveNotificationTemplates } from '../../mocks/fixtures'
import { endpoints } from '../../src/api/endpoints'
import { SAVED_DATA_KEY } from '../../src/api/saved-data-version'
import { alertWording } from '../contract'
import { expect, isNetworkLog, loadDashboard, region, test } from './dashboard-test'

// Reconnect, freshness, saved data and live notifications, written once and run twice: in mock mode
// (MSW in the page) and against npm run serve (real HTTP and WebSockets). A driver says how each
// mode sets its scenario and pushes a notification.

export interface ModeDriver {
  /** Opens the dashboard under a scenario, in the URL's syntax, and waits for all four sections to settle. */
  open: (page: Page, search: string, baseURL: string) => ReturnType<typeof loadDashboard>
  /** Changes what the API does from now on, as a recovering or failing server would. */
  switchTo: (page: Page, search: string, baseURL: string) => Promise<void>
  /** Makes the server push one notification now. */
  pushNow: (page: Page, baseURL: string) => Promise<void>
  /** Collects CSP violations, where the server sends a policy. */
  watchPolicy?: (page: Page) => Promise<() => Promise<string[]>>
}

const HOUR = 3_600_000

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** When each /api/ GET of this page started and ended, from Resource Timing. */
const apiRequests = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => /\/api\/\w+$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd })),
  )

const savedSections = (page: Page) =>
  page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null')
    return (saved?.clientState.queries ?? []).map((query: { queryKey: string[] }) => query.queryKey[0]).sort()
  }, SAVED_DATA_KEY)

export function freshnessAndLiveTests(driver: ModeDriver) {
  test('back online, a section that failed offline recovers with no click, within its retry budget', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, '?products=offline@0&live=off', baseURL!)
    const products = region(page, 'Products')
    await expect(products.getByRole('alert')).toHaveText(alertWording.offline)
    await driver.switchTo(page, '?live=off', baseURL!) // the network comes back healthy
    await page.context().setOffline(true)
    const banner = page.getByRole('status').filter({ hasText: "You're offline." })
    await expect(banner).toHaveCount(1)
    await expect(banner).toContainText('already loaded')
    await page.context().setOffline(false)
    await expect(banner).toHaveCount(0)
    await expect(products.getByRole('heading', { name: 'Organic Apples' })).toBeVisible({
      timeout: endpoints.products.retry.budgetMs,
    })
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(consoleProblems.filter((text) => !isNetworkLog(text))).toEqual([])
  })

  test('a repeat visit shows saved categories and products before any API answer, and asks for categories only after an hour', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    // Every answer takes 1 s, so data shown before the first one can only have come from storage,
    // however long a busy machine takes to start the page.
    const slowApi = '?live=off&products=1000&categories=1000&profile=1000&notifications=1000'
    await driver.open(page, slowApi, baseURL!)
    await expect.poll(() => savedSections(page)).toEqual(['categories', 'products'])
    const repeat = await driver.open(page, slowApi, baseURL!)
    const requests = await apiRequests(page)
    const firstAnswer = Math.min(...requests.map((r) => r.end))
    expect(repeat.settled.categories).toBeLessThan(firstAnswer)
    expect(repeat.settled.products).toBeLessThan(firstAnswer)
    expect(repeat.states.categories).toBe('data')
    expect(repeat.states.products).toBe('data')
    expect(requests.map((r) => r.path)).not.toContain(endpoints.categories.path)
    expect(requests.map((r) => r.path)).toContain(endpoints.products.path) // shown at once, then revalidated
    // Nothing personal was written.
    expect(await savedSections(page)).toEqual(['categories', 'products'])
    // An hour on, the saved categories are too old to show: they are fetched again.
    await page.evaluate(
      ({ key, hour }) => {
        const saved = JSON.parse(localStorage.getItem(key)!)
        for (const query of saved.clientState.queries) query.state.dataUpdatedAt -= hour + 1_000
        localStorage.setItem(key, JSON.stringify(saved))
      },
      { key: SAVED_DATA_KEY, hour: HOUR },
    )
    await driver.open(page, slowApi, baseURL!)
    expect((await apiRequests(page)).map((r) => r.path)).toContain(endpoints.categories.path)
    expect(consoleProblems).toEqual([])
  })

  test('?live=500 pushes notifications after the list is shown: each goes on top, unread, counted and announced, with no refetch', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    const violations = await driver.watchPolicy?.(page)
    await driver.open(page, '?live=500', baseURL!)
    const notifications = region(page, 'Notifications')
    const badge = notifications.getByText(/^\d+ unread$/)
    const unread = async () => Number((await badge.textContent())!.split(' ')[0])
    const before = await unread()
    // The unit tests count each push on fake time; here pushes keep coming, so the badge only has to move on.
    await expect.poll(unread, 'the badge counts a push').toBeGreaterThan(before)
    const newest = notifications.getByRole('listitem').first()
    await expect(newest).toContainText('(unread)')
    await expect(newest).toContainText(
      new RegExp(liveNotificationTemplates.map(({ text }) => escapeRegExp(text)).join('|')),
    )
    await expect(
      notifications.getByRole('status').filter({ hasText: /^(New notification|\d+ new notifications)\./ }),
    ).toHaveCount(1)
    await expect(notifications).toHaveAttribute('aria-busy', 'false')
    expect((await apiRequests(page)).filter((r) => r.path === endpoints.notifications.path)).toHaveLength(1)
    expect(consoleProblems).toEqual([])
    if (violations) expect(await violations()).toEqual([])
  })

  test('?live=drop@300 reconnects, catches up once, and keeps pushing', async ({ page, baseURL, consoleProblems }) => {
    await driver.open(page, '?live=drop@300', baseURL!)
    const notificationsGets = async () =>
      (await apiRequests(page)).filter((r) => r.path === endpoints.notifications.path).length
    // After the drop and a reconnect, one refetch catches up on what was missed.
    await expect.poll(notificationsGets).toBe(2)
    const notifications = region(page, 'Notifications')
    const badge = notifications.getByText(/^\d+ unread$/)
    await expect(badge).toHaveText('3 unread')
    await driver.pushNow(page, baseURL!)
    await expect(badge).toHaveText('4 unread')
    await driver.pushNow(page, baseURL!)
    await expect(badge).toHaveText('5 unread')
    expect(await notificationsGets()).toBe(2) // pushes are merged, not refetched
    expect(consoleProblems).toEqual([])
  })

  test('a failing background refresh keeps the data, stays aria-busy="false", and says so in a status note with Retry', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, '?live=off', baseURL!)
    const products = region(page, 'Products')
    await driver.switchTo(page, '?products=error@0&live=off', baseURL!)
    await products.getByRole('button', { name: 'Refresh Products' }).click()
    const note = products.getByRole('status').filter({ hasText: "Couldn't refresh" })
    await expect(note).toHaveText(/Couldn't refresh: EcoMarket had a problem\. Showing data from .*\d\d:\d\d\./, {
      timeout: endpoints.products.retry.budgetMs,
    })
    await expect(products).toHaveAttribute('aria-busy', 'false')
    await expect(products.getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await driver.switchTo(page, '?live=off', baseURL!)
    await products.getByRole('button', { name: 'Retry' }).click()
    await expect(note).toHaveCount(0)
    await expect(products.getByText('Updated just now')).toBeVisible()
    expect(consoleProblems.filter((text) => !isNetworkLog(text))).toEqual([])
  })

  test('"Updated" text ticks over a faked minute', async ({ page, baseURL }) => {
    await page.clock.install()
    await driver.open(page, '?live=off', baseURL!)
    const categories = region(page, 'Categories')
    await expect(categories.getByText('Updated just now')).toBeVisible()
    await page.clock.fastForward('01:01')
    await expect(categories.getByText('Updated 1 min ago')).toBeVisible()
    await page.clock.fastForward('02:00')
    await expect(categories.getByText('Updated 3 min ago')).toBeVisible()
  })

  test('two failed sections bring one Retry all, which reloads them', async ({ page, baseURL }) => {
    await driver.open(page, '?scenario=all-down', baseURL!)
    await expect(page.getByRole('alert')).toHaveCount(4)
    await driver.switchTo(page, '?live=off', baseURL!)
    await page.getByRole('button', { name: 'Retry all' }).click()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Retry all' })).toHaveCount(0)
    await expect(region(page, 'Products').getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  })
}
