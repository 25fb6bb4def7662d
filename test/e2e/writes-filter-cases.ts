import type { BrowserContext, Page } from '@playwright/test'
import { probeInitScript } from '../../scripts/load-probe.mjs'
import { PENDING_WRITES_KEY } from '../../src/sections/notifications/pending-writes-storage'
import { expect, expectNoAxeViolations, isNetworkLog, region, test } from './dashboard-test'

// Issue 19's "done when", written once and run twice: in mock mode (MSW in the page) and against
// npm run serve (the reference API over real HTTP, one cookie session per test). Marking
// notifications read (optimistic, rolled back on failure, paused offline, kept across a closed
// page, never undone by a push or a refetch) and the products' category filter (the URL, back and
// forward, the empty state). Every check is about the order of events, never about durations.

export interface WritesDriver {
  /**
   * Opens the dashboard with the API under a scenario (the URL's syntax, such as `?mark-read=error`)
   * and the page's own query (`?category=…`), and waits for every section to settle. Opening
   * again in the same context keeps the API's state (mock mode: a new page starts its own mock API).
   */
  open: (page: Page, scenario: string, baseURL: string, pageSearch?: string) => Promise<void>
  /** Changes what the API does from now on. */
  switchTo: (page: Page, scenario: string, baseURL: string) => Promise<void>
  /** Makes the API push one notification now over the live socket. */
  pushNow: (page: Page, baseURL: string) => Promise<void>
  /** How many writes the API itself received, where it can say (the reference server counts them). */
  writesReceived?: (page: Page, baseURL: string) => Promise<number>
}

/** What every test asks of the API: no timed pushes (a test pushes when it means to). */
const QUIET = '?live=off'
/** A write answered this long after it arrives: long enough to look at the page meanwhile, short of the write's own 5 s timeout. */
const SLOW_WRITE = `${QUIET}&mark-read=3000`

const SHIPPED = 'Your order #4821 has shipped'

/**
 * Chromium's own log line when the browser goes offline while the live socket is still opening: a
 * network line like a refused request's (isNetworkLog), expected wherever a test takes the browser offline.
 */
const SOCKET_CUT_OFF = /^WebSocket connection to '.*\/api\/notifications\/live' failed/

/**
 * Notes, in each page of the context, the events whose order the tests check, in the order the
 * page saw them: each text the unread badge takes, and each write the page sends
 * (`sent PATCH /api/notifications/n-ship`) and its end (`answered 204`, `failed`). The fetch is
 * only watched, never changed.
 */
async function recordEvents(context: BrowserContext) {
  await context.addInitScript(() => {
    const events: string[] = []
    ;(window as unknown as { __events: string[] }).__events = events
    const original = window.fetch
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href)
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
      const answer = original.call(this, input, init)
      if (method === 'GET' || !url.pathname.startsWith('/api/notifications/')) return answer
      events.push(`sent ${method} ${url.pathname}`)
      answer.then(
        (response) => events.push(`answered ${response.status}`),
        () => events.push('failed'),
      )
      return answer
    }
    let badge: string | null | undefined
    new MutationObserver(() => {
      const text = document.querySelector('section[aria-labelledby="notifications-heading"] .badge')?.textContent
      if (text && text !== badge) events.push(`badge ${(badge = text)}`)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __events: string[] }).__events)

/** The writes each page of the context sent, as the browser's network saw them (PATCH and POST under /api/notifications/). */
function countWrites(context: BrowserContext): () => number {
  let count = 0
  context.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/api/notifications/')) count++
  })
  return () => count
}

const storedWrites = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PENDING_WRITES_KEY)

/** The notifications section, its unread badge and the row of the order that shipped. */
function notificationsOf(page: Page) {
  const section = region(page, 'Notifications')
  const shipped = section.getByRole('listitem').filter({ hasText: SHIPPED })
  return {
    section,
    badge: section.getByText(/^\d+ unread$/),
    shipped,
    markShipped: shipped.getByRole('button', { name: 'Mark as read', exact: true }),
    marks: section.getByRole('button', { name: 'Mark as read', exact: true }),
  }
}

/**
 * A round trip through the notifications endpoint after everything before it: the section's
 * Refresh, answered. A second write resumed by mistake would have been sent before its answer.
 */
async function roundTrip(page: Page) {
  const { section } = notificationsOf(page)
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'GET' && new URL(response.url()).pathname === '/api/notifications',
  )
  await section.getByRole('button', { name: 'Refresh Notifications' }).click()
  await answered
  await expect(section.getByText('Updated just now')).toBeVisible()
}

export function notificationWriteTests(driver: WritesDriver) {
  test.beforeEach(async ({ context }) => recordEvents(context))

  test('marking read changes the item and the badge on the click, before the write is answered', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, SLOW_WRITE, baseURL!)
    const { badge, shipped, markShipped, marks } = notificationsOf(page)
    await expect(badge).toHaveText('3 unread')
    await expect(marks).toHaveCount(3)
    await markShipped.click()
    await expect(badge).toHaveText('2 unread')
    await expect(shipped).not.toContainText('(unread)')
    await expect(shipped.getByRole('button', { name: 'Mark as read' })).toHaveCount(0)
    // Focus moves on to the next unread notification's button.
    await expect(marks.first()).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: 'Marked as read, 2 unread' })).toHaveCount(1)
    await expect.poll(() => eventsOf(page)).toContain('answered 204')
    expect(await eventsOf(page)).toEqual([
      'badge 3 unread',
      'sent PATCH /api/notifications/n-ship',
      'badge 2 unread',
      'answered 204',
    ])
    // Answered, it stays read, also in the API's own list.
    await roundTrip(page)
    await expect(badge).toHaveText('2 unread')
    await expect(shipped).not.toContainText('(unread)')
    expect(consoleProblems).toEqual([])
  })

  test('a write that fails is rolled back, said in a status note with Retry, and Retry sends it again', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, `${QUIET}&mark-read=error`, baseURL!)
    const { section, badge, shipped, markShipped } = notificationsOf(page)
    await markShipped.click()
    const note = section.getByRole('status').filter({ hasText: 'Not marked as read' })
    await expect(note).toHaveText('Not marked as read: EcoMarket had a problem.')
    await expect(badge).toHaveText('3 unread')
    await expect(shipped).toContainText('(unread)')
    await expect(markShipped).toBeVisible()
    // Changed on the click, then back once the write had failed (its retries, HTTP 500 each, included).
    const events = await eventsOf(page)
    expect(events.filter((event) => event.startsWith('badge'))).toEqual([
      'badge 3 unread',
      'badge 2 unread',
      'badge 3 unread',
    ])
    expect(events.indexOf('badge 2 unread')).toBeLessThan(events.indexOf('answered 500'))
    expect(events.lastIndexOf('badge 3 unread')).toBeGreaterThan(events.lastIndexOf('answered 500'))
    // The section keeps its data; nothing else complains.
    await expect(section).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await driver.switchTo(page, QUIET, baseURL!)
    await section.getByRole('button', { name: 'Retry' }).click()
    await expect(badge).toHaveText('2 unread')
    await expect(note).toHaveCount(0)
    await expect.poll(() => eventsOf(page)).toContain('answered 204')
    await expect(section.getByRole('button', { name: 'Refresh Notifications' })).toBeVisible()
    expect(consoleProblems.filter((text) => !isNetworkLog(text))).toEqual([])
  })

  test('marked offline, the write waits, is kept, and is sent once when the browser is back online', async ({
    page,
    context,
    baseURL,
    consoleGuard,
    consoleProblems,
  }) => {
    consoleGuard.allow(SOCKET_CUT_OFF)
    const writesSent = countWrites(context)
    await driver.open(page, QUIET, baseURL!)
    const { badge, shipped, markShipped } = notificationsOf(page)
    await context.setOffline(true)
    await markShipped.click()
    await expect(badge).toHaveText('2 unread')
    await expect(shipped).toContainText("Will sync when you're online")
    // Only the write itself is kept: which one, the id, read: true (and when); nothing of the list.
    const stored = JSON.parse((await storedWrites(page))!) as { writes: { write: string; variables: unknown }[] }
    expect(stored.writes.map(({ write, variables }) => ({ write, variables }))).toEqual([
      { write: 'markRead', variables: { id: 'n-ship', read: true } },
    ])
    expect(JSON.stringify(stored)).not.toContain('shipped')
    await expectNoAxeViolations(page) // a pending write, as the shopper sees one
    expect(writesSent()).toBe(0)
    await context.setOffline(false)
    await expect.poll(() => eventsOf(page)).toContain('answered 204')
    await expect(shipped).not.toContainText("Will sync when you're online")
    await expect.poll(() => storedWrites(page)).toBeNull()
    await roundTrip(page)
    expect(writesSent()).toBe(1)
    expect((await eventsOf(page)).filter((event) => event.startsWith('sent'))).toEqual([
      'sent PATCH /api/notifications/n-ship',
    ])
    if (driver.writesReceived) expect(await driver.writesReceived(page, baseURL!)).toBe(1)
    await expect(badge).toHaveText('2 unread')
    await expect(shipped).not.toContainText('(unread)')
    expect(consoleProblems.filter((text) => !isNetworkLog(text) && !SOCKET_CUT_OFF.test(text))).toEqual([])
  })

  test('marked offline and the page closed, the write is sent once by the page opened again online', async ({
    page,
    context,
    browser,
    baseURL,
    locale,
    viewport,
    consoleGuard,
  }) => {
    consoleGuard.allow(SOCKET_CUT_OFF)
    const sentByFirst = countWrites(context)
    await driver.open(page, SLOW_WRITE, baseURL!)
    const first = notificationsOf(page)
    await context.setOffline(true)
    await first.markShipped.click()
    await expect(first.shipped).toContainText("Will sync when you're online")
    await expect.poll(() => storedWrites(page)).not.toBeNull()
    // The page is closed with its browser still offline, and opened again in a browser that is
    // online and has what the first left in storage (the write, and the API session's cookie).
    // The first context never comes back online: Chromium lets a closing page's scripts run on for a
    // moment, and one that heard "online" then resumed its own paused write (seen in both modes,
    // and not what closing a tab does).
    const storageState = await context.storageState()
    await page.close()
    expect(sentByFirst()).toBe(0)
    const online = await browser.newContext({ baseURL, locale, viewport, storageState })
    const writesSent = countWrites(online)
    await recordEvents(online)
    const again = await online.newPage()
    await again.addInitScript(probeInitScript) // as the test's own page has it (dashboard-test.ts): opening waits on it
    const problems: string[] = []
    again.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()))
    again.on('pageerror', (error) => problems.push(error.message))
    await driver.open(again, SLOW_WRITE, baseURL!)
    const { badge, shipped } = notificationsOf(again)
    // The restored write shows before its answer, though the API lists the notification unread until it arrives.
    await expect(badge).toHaveText('2 unread')
    await expect(shipped).not.toContainText('(unread)')
    await expect.poll(() => eventsOf(again)).toContain('answered 204')
    const events = await eventsOf(again)
    expect(events.indexOf('badge 2 unread')).toBeLessThan(events.indexOf('answered 204'))
    expect(events.filter((event) => event.startsWith('sent'))).toEqual(['sent PATCH /api/notifications/n-ship'])
    await expect.poll(() => storedWrites(again)).toBeNull()
    await roundTrip(again)
    expect(writesSent()).toBe(1)
    if (driver.writesReceived) expect(await driver.writesReceived(again, baseURL!)).toBe(1)
    await expect(badge).toHaveText('2 unread')
    expect(problems.filter((text) => !isNetworkLog(text))).toEqual([])
    await online.close()
  })

  test('a push and a refetch that land while the write is pending keep the item read', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, SLOW_WRITE, baseURL!)
    const { section, badge, shipped, markShipped } = notificationsOf(page)
    const newest = section.getByRole('listitem').first()
    // The live socket is open once a push arrives (pushed before it opened, one is only listed).
    await expect(async () => {
      await driver.pushNow(page, baseURL!)
      await expect(newest).not.toContainText(SHIPPED, { timeout: 1_000 })
    }).toPass()
    const unread = async () => Number((await badge.textContent())!.split(' ')[0])
    const before = await unread()
    await markShipped.click()
    await expect(badge).toHaveText(`${before - 1} unread`)
    await driver.pushNow(page, baseURL!)
    await expect(badge).toHaveText(`${before} unread`)
    await expect(shipped).not.toContainText('(unread)')
    // A refetch now: the API still lists the notification unread, the pending write wins.
    await roundTrip(page)
    await expect(shipped).not.toContainText('(unread)')
    await expect(badge).toHaveText(`${before} unread`)
    const events = await eventsOf(page)
    expect(events.indexOf('answered 204'), 'the push and the refetch came while the write was pending').toBe(-1)
    await expect.poll(() => eventsOf(page)).toContain('answered 204')
    await expect(shipped).not.toContainText('(unread)')
    await expect(badge).toHaveText(`${before} unread`)
    expect(consoleProblems).toEqual([])
  })
}

/** The products section's cards, by their names (level-3 headings). */
const cards = (page: Page) => region(page, 'Products').getByRole('heading', { level: 3 })
const chip = (page: Page, name: string) =>
  region(page, 'Categories').getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
/** The polite status the filter speaks in (visually hidden). */
const filterStatus = (page: Page) =>
  region(page, 'Products')
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
/** A sentence with the category's name isolated in it (FSI…PDI), as the page writes it. */
const inCategory = (before: string, name: string) => new RegExp(`^${before} \u2068?${name}\u2069?$`)

export function categoryFilterTests(driver: WritesDriver) {
  test('the category filter goes through the URL, and back and forward follow it', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, QUIET, baseURL!)
    const products = region(page, 'Products')
    await expect(cards(page)).toHaveCount(12)
    await page.evaluate(() => void ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true))
    await chip(page, 'Pantry').click()
    await expect(page).toHaveURL(/[?&]category=c-pantry(&|$)/)
    await expect(filterStatus(page)).toHaveText('Showing 5 products in Pantry')
    await expect(products.getByText(inCategory('5 of the featured products in', 'Pantry'))).toBeVisible()
    await expect(cards(page)).toHaveCount(5)
    await expect(chip(page, 'Pantry')).toHaveAttribute('aria-current', 'true')
    await expectNoAxeViolations(page)

    await chip(page, 'Fruit & veg').click()
    await expect(page).toHaveURL(/[?&]category=c-fruit-veg(&|$)/)
    await expect(filterStatus(page)).toHaveText('Showing 2 products in Fruit & veg')
    await expect(cards(page)).toHaveText(['Organic Apples', 'Heirloom Tomatoes'])

    await page.goBack()
    await expect(page).toHaveURL(/[?&]category=c-pantry(&|$)/)
    await expect(filterStatus(page)).toHaveText('Showing 5 products in Pantry')
    await expect(cards(page)).toHaveCount(5)
    await expect(chip(page, 'Pantry')).toHaveAttribute('aria-current', 'true')
    await expect(chip(page, 'Fruit & veg')).not.toHaveAttribute('aria-current')

    await page.goBack()
    await expect(page).not.toHaveURL(/category=/)
    await expect(filterStatus(page)).toHaveText('Showing all 12 featured products')
    await expect(cards(page)).toHaveCount(12)

    await page.goForward()
    await expect(page).toHaveURL(/[?&]category=c-pantry(&|$)/)
    await expect(filterStatus(page)).toHaveText('Showing 5 products in Pantry')
    await expect(cards(page)).toHaveCount(5)
    // Followed in place: the same document throughout, never loaded again.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
    expect(consoleProblems).toEqual([])
  })

  test('a shared ?category= link opens filtered, and Show all products clears it', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, QUIET, baseURL!, '?category=c-pantry')
    const products = region(page, 'Products')
    await expect(products.getByText(inCategory('5 of the featured products in', 'Pantry'))).toBeVisible()
    await expect(cards(page)).toHaveCount(5)
    await expect(chip(page, 'Pantry')).toHaveAttribute('aria-current', 'true')
    await products.getByRole('link', { name: 'Show all products' }).click()
    await expect(page).not.toHaveURL(/category=/)
    await expect(filterStatus(page)).toHaveText('Showing all 12 featured products')
    await expect(cards(page)).toHaveCount(12)
    await page.goBack()
    await expect(cards(page)).toHaveCount(5)
    expect(consoleProblems).toEqual([])
  })

  test('a category with no featured product shows the empty state, not an error', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await driver.open(page, QUIET, baseURL!, '?category=c-refills')
    const products = region(page, 'Products')
    await expect(products.getByText('No featured products in Refills')).toBeVisible()
    await expect(products.getByText('The featured products change every week.')).toBeVisible()
    await expect(cards(page)).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expectNoAxeViolations(page)
    // Chosen from another category, the status says so too.
    await chip(page, 'Pantry').click()
    await expect(cards(page)).toHaveCount(5)
    await chip(page, 'Refills').click()
    await expect(filterStatus(page)).toHaveCount(0)
    await expect(products.getByRole('status').filter({ hasText: 'No featured products in Refills' })).toHaveCount(1)
    await products.getByRole('link', { name: 'Show all products' }).click()
    await expect(cards(page)).toHaveCount(12)
    expect(consoleProblems).toEqual([])
  })
}
