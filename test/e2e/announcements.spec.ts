import type { Page } from '@playwright/test'
import { expect, loadDashboard, region, test } from './dashboard-test'

// Records every line the polite live region gains, in order, from before the page's first script.
function recordAnnouncements() {
  const heard: string[] = (window.__heard = [])
  new MutationObserver((mutations) => {
    const log = document.querySelector('[role="log"]')
    if (window.__logBeforeSections === undefined && document.querySelector('section'))
      window.__logBeforeSections = log !== null
    for (const m of mutations) if (m.target === log) for (const node of m.addedNodes) heard.push(node.textContent ?? '')
  }).observe(document, { subtree: true, childList: true })
}

const heard = (page: Page) => page.evaluate(() => window.__heard ?? [])

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordAnnouncements)
})

test('the default load announces each section once, in the order it arrived, from a live region that was there first', async ({
  page,
}) => {
  await loadDashboard(page)
  await expect.poll(() => heard(page)).toHaveLength(4)
  // The documented latencies (100, 200, 300, 500 ms) fix the order the answers arrive in.
  expect(await heard(page)).toEqual(['Categories loaded', 'Products loaded', 'Notifications loaded', 'Profile loaded'])
  const names = ['Products', 'Categories', 'Profile', 'Notifications']
  expect(await page.evaluate(() => window.__logBeforeSections)).toBe(true)
  await expect(page.getByRole('log')).toMatchAriaSnapshot(`
    - log:
      - paragraph: Categories loaded
      - paragraph: Products loaded
      - paragraph: Notifications loaded
      - paragraph: Profile loaded
  `)
  // The retry notes are in the page already, empty, so their first words are noticed.
  // The first status in a section is its header's retry note; the footer's refresh note comes after it.
  for (const name of names) await expect(region(page, name).getByRole('status').first()).toHaveText('')
})

test('a flaky load announces each retry, then each arrival once', async ({ page }) => {
  await loadDashboard(page, '?scenario=flaky')
  await expect.poll(() => heard(page)).toHaveLength(8)
  const lines = await heard(page)
  for (const section of ['Categories', 'Products']) {
    expect(lines.filter((line) => line.startsWith(section))).toEqual([
      `${section}: retrying (1 of 3)`,
      `${section}: retrying (2 of 3)`,
      `${section} loaded`,
    ])
  }
  expect(lines.filter((line) => /^(Profile|Notifications) loaded$/.test(line))).toHaveLength(2)
})

test('with everything down, each section says it failed, then the page says so once, at the top', async ({ page }) => {
  await loadDashboard(page, '?scenario=all-down')
  await expect.poll(() => heard(page)).toContain('Nothing on your dashboard could be loaded.')
  const lines = await heard(page)
  for (const [section, what, retries] of [
    ['Products', 'products', 3],
    ['Categories', 'categories', 3],
    ['Profile', 'your profile', 2],
    ['Notifications', 'your notifications', 2],
  ] as const) {
    const said = lines.filter((line) => line.startsWith(section) || line.endsWith(what))
    expect(said).toEqual([
      ...Array.from({ length: retries }, (_, i) => `${section}: retrying (${i + 1} of ${retries})`),
      `We couldn't load ${what}`,
    ])
  }
  expect(lines.at(-1)).toBe('Nothing on your dashboard could be loaded.')
  expect(lines.filter((line) => line.startsWith('Nothing'))).toHaveLength(1)
  // Once at the top, with one Retry for everything; each section keeps its own alert.
  await expect(page.getByText('Nothing on your dashboard could be loaded.').first()).toBeVisible() // the line under the title
  await expect(page.getByRole('button', { name: 'Retry all' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(4)
  await expect(region(page, 'Profile')).toMatchAriaSnapshot(`
    - region "Profile":
      - heading "Profile" [level=2]
      - status
      - alert:
        - paragraph: We can't reach EcoMarket right now
        - paragraph: Check your internet connection, then select Retry.
        - button "Retry"
  `)
})

test('Retry all brings every section back, and each arrival is announced', async ({ page }) => {
  await loadDashboard(page, '?scenario=all-down')
  await page.evaluate(() => window.ecomarketMocks?.use(''))
  await page.getByRole('button', { name: 'Retry all' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Retry all' })).toBeHidden()
  await expect.poll(() => heard(page)).toContain('Profile loaded after retrying')
  const lines = await heard(page)
  for (const section of ['Products', 'Categories', 'Profile', 'Notifications']) {
    expect(lines.filter((line) => line === `${section} loaded after retrying`)).toHaveLength(1)
  }
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a successful Retry is announced', async ({ page }) => {
  await loadDashboard(page, '?products=offline@0')
  await expect.poll(() => heard(page)).toContain("We couldn't load products")
  await page.evaluate(() => window.ecomarketMocks?.use(''))
  await region(page, 'Products').getByRole('button', { name: 'Retry' }).click()
  await expect.poll(() => heard(page)).toContain('Products loaded after retrying')
  const lines = await heard(page)
  expect(lines.slice(lines.indexOf("We couldn't load products") + 1)).toEqual([
    'Loading products again',
    'Products loaded after retrying',
  ])
})
