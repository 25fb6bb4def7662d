import { endpoints } from '../../../src/api/endpoints'
import { alertWording } from '../../contract'
import { arrivals, expect, expectTakenInTurn, isNetworkLog, loadDashboard, region, test } from '../dashboard-test'
import { serveScenario, watchPolicyViolations } from './real-server'

// The mocking-off build on npm run serve: real requests, real failures (a hang, a destroyed
// connection, a 500, a bad body), the server's security headers and the prerendered shell.

test('the HTML paints the shell: four busy landmarks with skeletons before any script runs', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('/')
  for (const name of ['Products', 'Categories', 'Profile', 'Notifications']) {
    await expect(region(page, name)).toHaveAttribute('aria-busy', 'true')
    await expect(region(page, name).locator('.skeleton').first()).toBeVisible()
  }
  await context.close()
})

test('the default load shows each section as its answer comes, with zero layout shift and no CSP violations', async ({
  page,
  baseURL,
  consoleProblems,
}) => {
  const violations = await watchPolicyViolations(page)
  await serveScenario(page, baseURL!, '')
  const load = await loadDashboard(page)
  await expectTakenInTurn(page, load)
  expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
  expect(load.cls).toBe(0)
  expect(await violations()).toEqual([])
  expect(consoleProblems).toEqual([])
})

test('the requests leave from the HTML before the app runs, and the app adopts them rather than asking again', async ({
  page,
  baseURL,
}) => {
  await serveScenario(page, baseURL!, '')
  const load = await loadDashboard(page)
  const { appStarted, apiRequests } = await page.evaluate(() => ({
    appStarted: performance.getEntriesByName('ecomarket:boot')[0].startTime,
    apiRequests: performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.startsWith('/api/'))
      .length,
  }))
  for (const name of Object.keys(endpoints)) expect(load.requests[name].start).toBeLessThan(appStarted)
  expect(apiRequests).toBe(Object.keys(endpoints).length)
})

test('an endpoint that never answers ends in its timeout, after the sections that answered', async ({
  page,
  baseURL,
  language,
}) => {
  await serveScenario(page, baseURL!, '?notifications=timeout')
  const load = await loadDashboard(page)
  await expect(region(page, 'Notifications').getByRole('alert')).toHaveText(alertWording.timeout)
  // Not before its timeout, counted from the request the HTML started (test/api/get-json.test.ts
  // checks on fake timers that an adopted request's timeout counts from then, not from the app's start).
  const waited = load.settled.notifications - load.requests.notifications.start
  expect(waited).toBeGreaterThanOrEqual(endpoints.notifications.timeoutMs - 20)
  expect((await arrivals(page, language)).at(-1)).toBe('notifications')
  for (const name of ['products', 'categories', 'profile'] as const) {
    expect(load.states[name]).toBe('data')
    expect(load.settled[name]).toBeLessThan(load.settled.notifications)
  }
  expect(load.cls).toBe(0)
})

for (const [spec, section, kind] of [
  ['?notifications=offline', 'Notifications', 'offline'],
  ['?products=error', 'Products', 'http'],
  ['?profile=malformed', 'Profile', 'invalid-data'],
  ['?notifications=malformed', 'Notifications', 'invalid-data'],
] as const) {
  test(`${spec} over real HTTP ends in a ${kind} alert in ${section} alone`, async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    const violations = await watchPolicyViolations(page)
    await serveScenario(page, baseURL!, spec)
    const load = await loadDashboard(page)
    await expect(region(page, section).getByRole('alert')).toHaveText(alertWording[kind])
    await expect(page.getByRole('alert')).toHaveCount(1)
    expect(load.cls).toBe(0)
    expect(await violations()).toEqual([])
    expect(consoleProblems.filter((text) => !isNetworkLog(text))).toEqual([])
  })
}

test('Retry loads a failed section again once the server recovers', async ({ page, baseURL }) => {
  await serveScenario(page, baseURL!, '?products=error@0')
  await loadDashboard(page)
  const products = region(page, 'Products')
  await expect(products.getByRole('alert')).toHaveText(alertWording.http)
  await serveScenario(page, baseURL!, '')
  await products.getByRole('button', { name: 'Retry' }).click()
  await expect(products.getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  await expect(products).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the server sends a strict policy and caches hashed assets for good', async ({ request }) => {
  const page = await request.get('/')
  const headers = page.headers()
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/)
  expect(headers['content-security-policy']).toContain("require-trusted-types-for 'script'")
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['cache-control']).toBe('no-cache')
  const script = /href="(\/assets\/[^"]+\.js)"/.exec(await page.text())![1]
  const asset = await request.get(script, { headers: { 'Accept-Encoding': 'br' } })
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(asset.headers()['content-encoding']).toBe('br')
})
