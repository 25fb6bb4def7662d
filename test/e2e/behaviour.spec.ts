import { endpoints } from '../../src/api/endpoints'
import { arrivals, expect, expectNoAxeViolations, loadDashboard, recordBusy, region, test } from './dashboard-test'

test('a notifications endpoint that never answers ends in its timeout message, after the rest show data @phone', async ({
  page,
  language,
}) => {
  const load = await loadDashboard(page, '?notifications=timeout')
  await expect(region(page, 'Notifications').getByRole('alert')).toContainText(
    'Loading your notifications took too long',
  )
  // Not before its timeout: counted from the section's start mark, which the app sets before the timer.
  const started = await page.evaluate(
    () => performance.getEntriesByName('ecomarket:notifications', 'measure')[0].startTime,
  )
  expect(load.settled.notifications - started).toBeGreaterThanOrEqual(endpoints.notifications.timeoutMs)
  expect((await arrivals(page, language)).at(-1)).toBe('notifications')
  for (const name of ['products', 'categories', 'profile']) {
    expect(load.states[name]).toBe('data')
    expect(load.settled[name]).toBeLessThan(load.settled.notifications)
  }
})

test('Retry loads a failed section again and leaves the others alone @phone', async ({ page }) => {
  await loadDashboard(page, '?products=offline@0')
  const products = region(page, 'Products')
  await expect(products.getByRole('alert')).toContainText("can't reach EcoMarket")
  await page.evaluate(() => window.ecomarketMocks?.use(''))
  const busy = await recordBusy(page)
  await products.getByRole('button', { name: 'Retry' }).click()
  await expect(products.getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  await expect(products).toHaveAttribute('aria-busy', 'false')
  // Busy while the section had nothing to show, then not: a change that can come and go between two looks.
  expect(await busy()).toEqual([
    ['products', 'true'],
    ['products', 'false'],
  ])
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the panel switches scenarios without a reload, from the keyboard @phone', async ({ page, consoleProblems }) => {
  await loadDashboard(page)
  await page.keyboard.press('Alt+Shift+KeyD')
  const panel = page.getByRole('dialog', { name: 'Developer panel' })
  await expect(panel.getByRole('heading', { name: 'Developer panel' })).toBeFocused()
  await panel.getByRole('radio', { name: /^notifications-timeout/ }).check()
  const busy = await recordBusy(page)
  await panel.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/\?scenario=notifications-timeout$/)
  await expect(region(page, 'Notifications').getByRole('alert')).toContainText('took too long')
  // Reloaded from its skeleton: busy, then settled on the alert.
  expect((await busy()).filter(([name]) => name === 'notifications')).toEqual([
    ['notifications', 'true'],
    ['notifications', 'false'],
  ])
  await expect(region(page, 'Products').getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.getByRole('button', { name: /mock api/i })).toBeFocused()
  expect(consoleProblems).toEqual([])
})

test('Reload page in the panel loads the chosen scenario from a cold start', async ({ page }) => {
  await loadDashboard(page)
  await page.getByRole('button', { name: /mock api/i }).click()
  const panel = page.getByRole('dialog', { name: 'Developer panel' })
  await panel.getByRole('combobox', { name: 'Categories outcome' }).selectOption('empty')
  await panel.getByRole('button', { name: 'Reload page' }).click()
  await expect(page).toHaveURL(/\?categories=empty$/)
  await expect(region(page, 'Categories').getByText('No categories yet')).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('invalid URL values show a warning, run the defaults, and log nothing @phone', async ({
  page,
  consoleProblems,
}) => {
  const load = await loadDashboard(page, '?scenario=chaos&products=fast&notifications=error@-1')
  const warning = page.getByRole('status').filter({ hasText: 'not understood' })
  await expect(warning).toContainText('Unknown scenario "chaos"')
  await expect(warning).toContainText('Ignored products="fast"')
  await expect(warning).toContainText('Ignored notifications="error@-1"')
  expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
  expect(load.cls).toBe(0)
  expect(consoleProblems).toEqual([])
})

test.describe('accessibility', () => {
  test('the loaded dashboard has no axe violations @phone @contract @colors', async ({ page }) => {
    await loadDashboard(page)
    await expectNoAxeViolations(page)
  })

  test('every error kind and an empty state have no axe violations @phone @contract @colors', async ({ page }) => {
    await loadDashboard(page, '?products=error@0&categories=malformed&profile=timeout&notifications=empty')
    await expect(page.getByRole('alert')).toHaveCount(3)
    await expectNoAxeViolations(page)
  })

  test('all sections offline has no axe violations @contract @colors', async ({ page }) => {
    await loadDashboard(page, '?scenario=all-down')
    await expect(page.getByRole('alert')).toHaveCount(4)
    await expectNoAxeViolations(page)
  })

  test('the open developer panel has no axe violations', async ({ page }) => {
    await loadDashboard(page)
    await page.getByRole('button', { name: /mock api/i }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test('each load sends one metrics beacon, and the mock API accepts it', async ({ page }) => {
  const beacons: import('@playwright/test').Request[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/metrics') beacons.push(request)
  })
  await loadDashboard(page, '?scenario=notifications-timeout')
  await expect.poll(() => beacons.length).toBe(1)
  expect((await beacons[0].response())?.status()).toBe(204)
  // sendBeacon's body is not visible to Playwright; the mock API keeps what it received.
  const received = await page.evaluate(() => window.ecomarketMocks?.beacons())
  expect(received).toHaveLength(1)
  expect(received?.[0]).toMatchObject({
    scenario: 'notifications-timeout',
    ttfdMs: expect.any(Number),
    sections: { categories: { outcome: 'data', attempts: 1 }, notifications: { outcome: 'timeout' } },
  })
})

test('the Timeline tab draws the current load, and Strategies runs the five strategies', async ({ page }) => {
  await loadDashboard(page, '?scenario=notifications-timeout')
  await page.getByRole('button', { name: /mock api/i }).click()
  await page.getByRole('tab', { name: 'Timeline' }).click()
  const waterfall = page.getByRole('list', { name: 'Sections of this load' })
  await expect(waterfall.getByRole('listitem')).toHaveCount(4)
  await expect(waterfall).toContainText('timeout at')
  await page.getByRole('tab', { name: 'Strategies' }).click()
  await page.getByRole('button', { name: 'Run all five' }).click()
  await expect(page.locator('tr[data-done]')).toHaveCount(5, { timeout: 20_000 })
  await expect(page.locator('tr[data-strategy="all-or-nothing"] [data-field="first-data"]')).toHaveText('error')
  await expect(page.locator('tr[data-strategy="progressive"] [data-field="successes"]')).toHaveText('3/4 (75%)')
  await expectNoAxeViolations(page)
})
