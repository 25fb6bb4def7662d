import type { Page, Request, Route } from '@playwright/test'
import { expect, region, test } from './dashboard-test'

// The app's entry script lost after the HTML arrived (src/app/head/start-app.ts): the loader asks
// once more under another URL (`?retry=1`), then shows the boot failure with Reload
// (src/app/boot-failure.ts). Written once and run on the mock build and on the static host; the
// streamed page has its own case in test/e2e/streamed/streamed.spec.ts.

export interface EntryLostDriver {
  /** Readies the page's API (and whatever the mode needs) before it is opened. */
  prepare: (page: Page, baseURL: string) => Promise<void>
  /** Console lines this mode logs on its own, beyond the failure's. */
  expectedConsole?: RegExp
}

const entryScript = '**/assets/main-*.js*'
const isRetry = (request: Request) => new URL(request.url()).searchParams.get('retry') === '1'

const wording = {
  en: {
    title: "The dashboard couldn't finish loading",
    dropped: 'Reload to try again',
    offline: "You're offline. The page will load by itself as soon as your connection is back.",
    reload: 'Reload',
    products: 'Products',
  },
  es: {
    title: 'No se ha podido terminar de cargar el panel',
    dropped: 'Recarga para volver a intentarlo',
    offline: 'No tienes conexión a internet. La página se cargará sola en cuanto vuelva la conexión.',
    reload: 'Recargar',
    products: 'Productos',
  },
}

/**
 * Whether the entry was asked for under its own URL (its preload, and the loader's import unless
 * that joined the preload), then exactly once under the retry's, and never again after that.
 */
const triedThenRetriedOnce = (requests: Request[]) =>
  requests.length >= 2 && requests.slice(0, -1).every((request) => !isRetry(request)) && isRetry(requests.at(-1)!)

/** Every request for the entry script this page makes, in order. */
function watchEntryRequests(page: Page): Request[] {
  const seen: Request[] = []
  page.on('request', (request) => {
    if (/\/assets\/main-[\w-]+\.js(\?|$)/.test(request.url())) seen.push(request)
  })
  return seen
}

const dashboardLoaded = (page: Page, products: string) =>
  expect(region(page, products).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()

export function entryLostTests(driver: EntryLostDriver) {
  test.beforeEach(({ consoleGuard }) => {
    if (driver.expectedConsole) consoleGuard.allow(driver.expectedConsole)
  })

  for (const [locale, words] of [
    ['en-US', wording.en],
    ['es-ES', wording.es],
  ] as const) {
    test.describe(`in ${locale}`, () => {
      test.use({ locale })
      test('both tries of the entry lost: the page says so, with Reload, which brings the dashboard', async ({
        page,
        baseURL,
        consoleGuard,
      }) => {
        consoleGuard.allow(/code failed to load/)
        await driver.prepare(page, baseURL!)
        const requests = watchEntryRequests(page)
        await page.route(entryScript, (route) => route.abort('connectionreset'))
        await page.goto('/')
        const alert = page.getByRole('alert').filter({ hasText: words.title })
        await expect(alert).toContainText(words.dropped)
        await expect(page.getByRole('region')).toHaveCount(0) // the loading shell is hidden, not left shimmering
        expect(triedThenRetriedOnce(requests), requests.map((request) => request.url()).join(' ')).toBe(true)

        await page.unroute(entryScript)
        await alert.getByRole('button', { name: words.reload }).click()
        await dashboardLoaded(page, words.products)
        await expect(page.getByText(words.title)).toHaveCount(0)
      })

      test('lost while offline: the page says so, and loads by itself once the connection is back', async ({
        page,
        context,
        baseURL,
        consoleGuard,
      }) => {
        consoleGuard.allow(/code failed to load/)
        await driver.prepare(page, baseURL!)
        // Every try waits until the browser is offline, then fails as a dropped connection would.
        let goOffline = () => {}
        const offline = new Promise<void>((resolve) => (goOffline = resolve))
        await page.route(entryScript, async (route: Route) => {
          await offline
          await route.abort('internetdisconnected')
        })
        const asked = page.waitForRequest(/\/assets\/main-/)
        await page.goto('/', { waitUntil: 'domcontentloaded' })
        await asked
        await context.setOffline(true)
        goOffline()
        const alert = page.getByRole('alert').filter({ hasText: words.title })
        await expect(alert).toContainText(words.offline)
        await expect(alert.getByRole('button', { name: words.reload })).toBeVisible()

        await page.unroute(entryScript)
        await context.setOffline(false) // no click: the page reloads itself
        await dashboardLoaded(page, words.products)
        await expect(page.getByText(words.title)).toHaveCount(0)
      })
    })
  }

  test('one try lost, the second loads: the dashboard as usual, its code run once', async ({ page, baseURL }) => {
    await driver.prepare(page, baseURL!)
    const requests = watchEntryRequests(page)
    // The entry's own URL never loads, its preload included; its retry's does.
    await page.route(entryScript, (route) =>
      isRetry(route.request()) ? route.continue() : route.abort('connectionreset'),
    )
    await page.goto('/')
    await dashboardLoaded(page, 'Products')
    for (const name of ['Categories', 'Profile', 'Notifications'])
      await expect(region(page, name)).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByRole('alert')).toHaveCount(0)
    // No chunk asked for the entry again under its first URL: that would run the app twice, or fail.
    expect(triedThenRetriedOnce(requests), requests.map((request) => request.url()).join(' ')).toBe(true)
    expect((await requests.at(-1)!.response())?.status()).toBe(200)
  })
}
