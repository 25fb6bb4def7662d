import type { Page } from '@playwright/test'
import * as fixtures from '../../mocks/fixtures'
import { expect, region, test } from './dashboard-test'
import { entryLostTests } from './entry-lost-cases'

// The connection drops after the HTML arrived but before the lazily loaded render chunk: the
// page must say so and recover, never stay blank.
//
// Without the mock service worker, so that Playwright sees (and can cut) every request the page
// makes; the API answers with the fixtures over the routed network instead.
test.use({ serviceWorkers: 'block' })

const renderChunk = /\/assets\/render-app-[\w-]+\.js$/
const message = "The dashboard couldn't finish loading"

async function serveApi(page: Page) {
  const bodies: Record<string, unknown> = {
    products: fixtures.products,
    categories: fixtures.categories,
    profile: fixtures.profile,
    notifications: fixtures.notifications(),
  }
  await page.route(/\/api\/(products|categories|profile|notifications)$/, (route) =>
    route.fulfill({ json: bodies[new URL(route.request().url()).pathname.split('/').at(-1)!] }),
  )
}

test('a render chunk lost to a dropped connection shows a message, and Reload brings the dashboard @phone', async ({
  page,
  consoleGuard,
  consoleProblems,
}) => {
  consoleGuard.allow(/code failed to load|Service Worker registration blocked/) // the worker is blocked on purpose, see above
  await serveApi(page)
  await page.route(renderChunk, (route) => route.abort('internetdisconnected'))
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: message })
  await expect(alert).toContainText('Reload to try again')
  await expect(page.getByRole('region')).toHaveCount(0) // the loading shell is hidden, not left shimmering
  expect(consoleProblems.some((text) => /code failed to load/.test(text))).toBe(true)

  await page.unroute(renderChunk)
  await alert.getByRole('button', { name: 'Reload' }).click()
  await expect(region(page, 'Products').getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  await expect(page.getByText(message)).toHaveCount(0)
})

test('once the browser is back online, the page reloads by itself', async ({ page, context, consoleGuard }) => {
  consoleGuard.allow(/code failed to load|Service Worker registration blocked/) // the worker is blocked on purpose, see above
  await serveApi(page)
  await page.route(renderChunk, (route) => route.abort('internetdisconnected'))
  await page.goto('/')
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
  await context.setOffline(true)
  await page.unroute(renderChunk)
  await context.setOffline(false)
  await expect(region(page, 'Products').getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  await expect(page.getByText(message)).toHaveCount(0)
})

test.describe('the entry script lost', () => {
  entryLostTests({ prepare: serveApi, expectedConsole: /Service Worker registration blocked/ })
})
