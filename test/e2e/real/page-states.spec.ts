import { alertWording, emptyWording } from '../../contract'
import { expect, loadDashboard, region, test } from '../dashboard-test'
import { serveScenario, watchPolicyViolations } from './real-server'

// Zero Content-Security-Policy violations in every state a shopper's page can reach on npm run
// serve (the hostile suite covers each error kind and every kind of data): while retrying, empty,
// extreme, after Retry, offline and back, in Spanish, dark, printed, and with its code cut off.
// Every test also fails on a console error it did not announce (the fixture).

test.describe('every page state keeps to the policy', () => {
  let violations: () => Promise<string[]>
  test.beforeEach(async ({ page }) => {
    violations = await watchPolicyViolations(page)
  })
  test.afterEach(async () => {
    expect(await violations(), 'CSP violations').toEqual([])
  })

  test('retrying: the note while a flaky section waits, then its data', async ({ page, baseURL }) => {
    // Every text the section's retry note (its first status) shows, from the first frame on: a state
    // that comes and goes within a second, so it is recorded rather than looked for.
    await page.addInitScript(() => {
      const notes: string[] = (window.__retryNotes = [])
      new MutationObserver(() => {
        const note = document.querySelector('section[aria-labelledby="products-heading"] [role="status"]')?.textContent
        if (note && note !== notes.at(-1)) notes.push(note)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await serveScenario(page, baseURL!, '?scenario=flaky')
    await page.goto('/')
    await expect(region(page, 'Products').getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
    expect(await page.evaluate(() => window.__retryNotes)).toContainEqual(
      expect.stringMatching(/^Retrying \(\d of 3\)/),
    )
  })

  test('empty: every list empty and a brand-new member', async ({ page, baseURL }) => {
    await serveScenario(page, baseURL!, '?scenario=empty')
    await loadDashboard(page)
    for (const name of ['Products', 'Categories', 'Notifications'])
      await expect(region(page, name).getByText(emptyWording)).toBeVisible()
    await expect(region(page, 'Profile').getByRole('link', { name: 'Browse featured products' })).toBeVisible()
  })

  test('extreme: every value at its limit', async ({ page, baseURL }) => {
    await serveScenario(page, baseURL!, '?scenario=extreme')
    const load = await loadDashboard(page)
    expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
  })

  test('every section failing, then one Retry that succeeds', async ({ page, baseURL }) => {
    await serveScenario(page, baseURL!, '?scenario=all-down')
    await loadDashboard(page)
    await expect(page.getByRole('alert')).toHaveCount(4)
    await serveScenario(page, baseURL!, '')
    await region(page, 'Categories').getByRole('button', { name: 'Retry' }).click()
    await expect(region(page, 'Categories').getByText('Pantry')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(3)
  })

  test('the browser offline: Retry says so, and works once it is back', async ({ page, context, baseURL }) => {
    await serveScenario(page, baseURL!, '?profile=error@0')
    await loadDashboard(page)
    const profile = region(page, 'Profile')
    await context.setOffline(true)
    await profile.getByRole('button', { name: 'Retry' }).click()
    await expect(profile.getByRole('alert')).toHaveText(/You're offline/, { timeout: 10_000 })
    await serveScenario(page, baseURL!, '')
    await context.setOffline(false)
    // Back online, the data returns: with Retry, or by itself where the app refetches on reconnect.
    const retry = profile.getByRole('button', { name: 'Retry' })
    await expect(async () => {
      if (await retry.isVisible()) await retry.click({ timeout: 1_000 })
      await expect(profile.getByRole('heading', { name: 'Lucía Fernández' })).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 10_000 })
  })

  test.describe('in Spanish, dark', () => {
    test.use({ locale: 'es-ES', colorScheme: 'dark' })
    test('a timeout, then printed', async ({ page, baseURL }) => {
      await serveScenario(page, baseURL!, '?notifications=timeout')
      await loadDashboard(page)
      await expect(region(page, 'Notificaciones').getByRole('alert')).toHaveText(alertWording.timeout)
      await page.emulateMedia({ media: 'print' })
      await expect(region(page, 'Productos')).toBeVisible()
    })
  })

  test('its code cut off after the HTML: the message, then Reload', async ({ page, baseURL, consoleGuard }) => {
    consoleGuard.allow(/code failed to load/)
    await serveScenario(page, baseURL!, '')
    // With mocking off, the language's catalog is the one chunk the page loads after its script.
    const catalog = /\/assets\/en-[\w-]+\.js$/
    await page.route(catalog, (route) => route.abort('internetdisconnected'))
    await page.goto('/')
    const alert = page.getByRole('alert').filter({ hasText: "The dashboard couldn't finish loading" })
    await expect(alert).toBeVisible()
    await page.unroute(catalog)
    await alert.getByRole('button', { name: 'Reload' }).click()
    await expect(region(page, 'Products').getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  })
})

test('neither the mock worker nor the source maps (kept for error reports) are served', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const script = /(?:src|href)="(\/assets\/[^"]+\.js)"/.exec(html)![1]
  expect((await request.get(script)).status()).toBe(200)
  expect((await request.get(`${script}.map`)).status()).toBe(404)
  expect((await request.get('/mockServiceWorker.js')).status()).toBe(404)
})
