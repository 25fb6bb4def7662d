import { serveScenario, watchPolicyViolations } from '../real/real-server'
import { expect, region, test } from '../dashboard-test'
import { sectionNames } from '../../contract'
import { endpointNames, endpoints } from '../../../src/api/endpoints'
import { answerTimes, certainCompletionOrder, rank, scenarios, watchStream } from './streamed-page'

// The streamed document (npm run serve): each section's HTML and answer in the order the server's
// calls complete, revealed before any framework runs, then adopted by the app without a mismatch.

const settledInPage = (page: import('@playwright/test').Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('#root section[aria-labelledby]')].every(
      (s) => s.getAttribute('aria-busy') === 'false',
    ),
  )

test.describe('streamed in completion order', () => {
  for (const scenario of scenarios) {
    test(`${scenario.id}: each section's answer, then its reveal, in the order the calls complete`, async ({
      page,
      baseURL,
    }) => {
      const stream = await watchStream(page)
      const violations = await watchPolicyViolations(page)
      await serveScenario(page, baseURL!, `?scenario=${scenario.id}`)
      await page.goto('/')
      await settledInPage(page)
      await expect(page.locator('#root')).toHaveAttribute('data-app', '')
      const events = await stream()
      const answers = events.filter((event) => event.kind === 'answer').map((event) => event.section)
      expect(answers.toSorted()).toEqual([...endpointNames].sort())
      // In the order the server's calls completed (each block carries when, on the server's clock):
      // a section written before one that completed earlier must have been ready at the same write,
      // where critical sections go first.
      const settledAt = await answerTimes(page)
      answers.forEach((earlier, i) =>
        answers.slice(i + 1).forEach((later) => {
          if (settledAt[later] < settledAt[earlier])
            expect(rank(earlier), `${earlier} written before ${later}, which completed first`).toBeLessThan(rank(later))
        }),
      )
      // And that order is the scenario's, wherever its calls settle far enough apart to be sure of it.
      for (const [first, second] of certainCompletionOrder(scenario))
        expect(answers.indexOf(first), `${first} before ${second}`).toBeLessThan(answers.indexOf(second))
      // A section the browser would retry stays a skeleton; every other one is revealed after its answer.
      for (const name of endpointNames) {
        const answer = events.findIndex((event) => event.kind === 'answer' && event.section === name)
        const revealed = events.findIndex((event) => event.kind === 'revealed' && event.section === name)
        if (revealed >= 0) expect(answer, `${name}'s answer came before its reveal`).toBeLessThan(revealed)
      }
      expect(await violations()).toEqual([])
    })
  }
})

test('a settled section is revealed by the page itself, before the app has started', async ({ page, baseURL }) => {
  const stream = await watchStream(page)
  await serveScenario(page, baseURL!, '?profile=1500')
  // The app's script is held back until the profile has arrived: everything before it is the page's own doing.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/main-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  await expect(region(page, 'Categories')).toHaveAttribute('aria-busy', 'false')
  await expect(region(page, 'Products')).toContainText('Organic Apples')
  await expect(page.locator('#root')).not.toHaveAttribute('data-app', '')
  release()
  await settledInPage(page)
  await expect(page.locator('#root')).toHaveAttribute('data-app', '')
  expect((await stream()).filter((event) => event.kind === 'revealed').map((event) => event.section)).toEqual([
    'categories',
    'products',
    'notifications',
    'profile',
  ])
})

test.describe('hydration matches the streamed HTML', () => {
  const cases = [
    { why: 'English, from the browser', locale: 'en-US', cookie: undefined, expected: 'en' },
    { why: 'Spanish, from Accept-Language', locale: 'es-ES', cookie: undefined, expected: 'es' },
    { why: 'Spanish, from the switcher’s cookie', locale: 'en-US', cookie: 'es', expected: 'es' },
  ] as const
  for (const { why, locale, cookie, expected } of cases) {
    test(why, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
      page.on('pageerror', (error) => problems.push(error.message))
      if (cookie) await context.addCookies([{ name: 'ecomarket-locale', value: cookie, url: baseURL! }])
      await serveScenario(page, baseURL!, '?scenario=malformed') // data, and failures, in one page
      await page.goto('/')
      await settledInPage(page)
      await expect(page.locator('html')).toHaveAttribute('lang', expected)
      await expect(page.locator('#root')).toHaveAttribute('data-app', '')
      // Hydrated: the footers that only the browser draws are there, in the page's language.
      await expect(region(page, sectionNames[expected].categories).getByRole('button')).toBeVisible()
      expect(problems).toEqual([])
      await context.close()
    })
  }

  test('a language stored in this browser that differs from the page’s is drawn afresh, without a mismatch', async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    await page.addInitScript(() => localStorage.setItem('ecomarket:locale', 'es'))
    await serveScenario(page, baseURL!, '')
    await page.goto('/')
    await expect(region(page, 'Productos'))
      .toContainText('Manzanas', { ignoreCase: true })
      .catch(async () => {
        // The fixtures' product names are the API's own words; the section's name is enough.
        await expect(region(page, 'Productos')).toHaveAttribute('aria-busy', 'false')
      })
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    expect(consoleProblems).toEqual([])
  })
})

test('with JavaScript off, every streamed section is readable, and a failure offers a reload', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await serveScenario(page, baseURL!, '?products=error&notifications=timeout')
  await page.goto('/')
  await expect(region(page, 'Categories')).toContainText('Pantry')
  await expect(region(page, 'Profile')).toContainText('Lucía')
  const products = region(page, 'Products')
  await expect(products.getByRole('alert')).toContainText(/couldn't load products/i)
  await expect(products.getByRole('link', { name: 'Reload the page' })).toBeVisible()
  await expect(products.getByRole('button', { name: 'Retry' })).toBeHidden()
  await expect(region(page, 'Notifications').getByRole('alert')).toContainText(/took too long/i)
  await context.close()
})

test('with the entry script lost, the streamed data stays readable and Reload is offered', async ({
  page,
  baseURL,
  consoleGuard,
}) => {
  consoleGuard.allow(/failed to load|Failed to fetch dynamically imported module/i)
  await serveScenario(page, baseURL!, '?products=error')
  await page.route('**/assets/main-*.js*', (route) => route.abort('connectionreset'))
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: "couldn't finish loading" })
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible()
  await expect(region(page, 'Categories')).toContainText('Pantry')
  // The one section the app would have retried shows the server's message instead of a skeleton.
  await expect(region(page, 'Products').getByRole('alert')).toContainText(/couldn't load products/i)
})

test('a browser that leaves mid-stream ends the upstream calls it was waiting for', async ({ browser, baseURL }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  // Two calls that never answer: only the browser leaving, or the server's own timeout, can end them.
  const session = await serveScenario(page, baseURL!, '?profile=timeout&notifications=timeout')
  await page.goto('/', { waitUntil: 'commit' })
  await expect(region(page, 'Products')).toHaveAttribute('aria-busy', 'false')
  await context.close()
  const abandoned = async () =>
    (await (await fetch(`${baseURL}/__scenario/${session}/abandoned`)).json()) as Record<string, number[]>
  await expect.poll(async () => Object.keys(await abandoned()).sort()).toEqual(['notifications', 'profile'])
  // Ended by the browser leaving, before the server's own timeout would have ended them.
  const { profile, notifications } = await abandoned()
  for (const waited of [...profile, ...notifications]) expect(waited).toBeLessThan(endpoints.profile.timeoutMs)
  const attempts = (await (await fetch(`${baseURL}/__scenario/${session}/attempts`)).json()) as Record<string, number>
  expect(attempts).toEqual({ products: 1, categories: 1, profile: 1, notifications: 1 })
})
