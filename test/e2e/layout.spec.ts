import type { Page } from '@playwright/test'
import { extreme } from '../../mocks/fixtures'
import { endpointNames } from '../../src/api/endpoints'
import { sectionNames } from '../contract'
import { expect, horizontalOverflow, loadDashboard, region, test } from './dashboard-test'

// The layout holds whatever valid data arrives: the `extreme` scenario sends every text, number and
// list at the largest the schemas accept. (Every scenario also checks for sideways scroll.)

/** The profile's ten million eco-points, whole and compact, in each language. */
const ecoPoints = {
  'en-US': { whole: '10,000,000', short: /^10M$/ },
  'es-ES': { whole: '10.000.000', short: /^10\sM$/ },
}

for (const locale of ['en-US', 'es-ES'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`extreme data stays inside its sections, and cut-short texts keep their whole text in a title @phone`, async ({
      page,
      consoleProblems,
      language,
    }) => {
      const load = await loadDashboard(page, '?scenario=extreme')
      expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
      expect(await horizontalOverflow(page)).toBe(0)
      // Nothing inside a section reaches past its edge.
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('section, .product-card, .chip, .stat, .notification')]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.className || element.tagName),
      )
      expect(overflowing).toEqual([])
      // One section's long data never widens its neighbour: each column's sections share one width.
      const widths = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('section')].map((s) => [
            s.getAttribute('aria-labelledby'),
            s.getBoundingClientRect().width,
          ]),
        ),
      )
      expect(widths['notifications-heading']).toBe(widths['profile-heading'])
      expect(widths['products-heading']).toBe(widths['categories-heading'])

      const { name } = extreme.profile()
      await expect(region(page, language.name('profile')).getByRole('heading', { name })).toHaveAttribute('title', name)
      // Product names wrap and are read in full on the card (issue 11); the longest one is whole.
      const [first] = extreme.products()
      await expect(
        region(page, language.name('products')).getByRole('heading', { name: first.name }).first(),
      ).toHaveText(first.name)
      const [notification] = extreme.notifications()
      await expect(region(page, language.name('notifications')).getByTitle(notification.text).first()).toBeVisible()
      await expect(region(page, language.name('profile')).getByTitle(ecoPoints[locale].whole)).toHaveText(
        ecoPoints[locale].short,
      )
      expect(load.cls).toBe(0)
      expect(consoleProblems).toEqual([])
    })
  })
}

test('an 8 KB scenario name with no spaces wraps inside the warning banner @phone', async ({
  page,
  consoleProblems,
}) => {
  const load = await loadDashboard(page, `?scenario=${'a'.repeat(8 * 1024)}`)
  const warning = page.getByRole('status').filter({ hasText: 'not understood' })
  await expect(warning).toContainText('Unknown scenario "aaaa')
  expect(await horizontalOverflow(page)).toBe(0)
  // The banner echoes only the start of what it didn't understand, so it stays a few lines tall.
  expect((await warning.boundingBox())!.height).toBeLessThan(400)
  expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
  expect(load.cls).toBe(0)
  expect(consoleProblems).toEqual([])
})

const boxOf = async (page: Page, name: string) => (await region(page, name).boundingBox())!

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('what is time-sensitive comes first: the profile summary and every notification within two screens', async ({
    page,
  }) => {
    await loadDashboard(page)
    const tops = await Promise.all(
      endpointNames.map(async (name) => [name, (await boxOf(page, sectionNames.en[name])).y] as const),
    )
    expect(tops.sort((a, b) => a[1] - b[1]).map(([name]) => name)).toEqual([
      'profile',
      'notifications',
      'categories',
      'products',
    ])
    const profile = await boxOf(page, 'Profile')
    const notifications = await boxOf(page, 'Notifications')
    expect(profile.y + profile.height).toBeLessThanOrEqual(844)
    expect(notifications.y + notifications.height).toBeLessThanOrEqual(2 * 844)
  })

  test('pack sizes and product names are shown in full', async ({ page }) => {
    await loadDashboard(page)
    const cut = await page
      .locator('.product-card__name, .product-card__meta, .chip__name, .notification__text')
      .evaluateAll((elements) =>
        elements
          .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
          .map((e) => e.textContent),
      )
    expect(cut).toEqual([])
    await expect(page.getByRole('listitem').filter({ hasText: 'Bamboo Toothbrush, 4-pack' })).toContainText(
      'Home & body · 4 pieces',
    )
  })
})

// 1280 px at 100%, 200% and 400% zoom, and a phone: the pill never lies over a section. One page,
// resized: the pill's place is the stylesheet's doing, which a resize applies as a load at that width would.
test('the Mock API pill covers no section at 1280, 640, 390 and 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await loadDashboard(page, '?scenario=products-error')
  const pillButton = page.getByRole('button', { name: /mock api/i })
  for (const width of [1280, 640, 390, 320]) {
    await test.step(`${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 })
      const pill = (await pillButton.boundingBox())!
      for (const name of endpointNames) {
        const box = await boxOf(page, sectionNames.en[name])
        const overlaps =
          pill.x < box.x + box.width &&
          box.x < pill.x + pill.width &&
          pill.y < box.y + box.height &&
          box.y < pill.y + pill.height
        expect(overlaps, `the pill overlaps ${name} at ${width} px`).toBe(false)
      }
      // It scrolls away with the page instead of floating over what is read next.
      expect(await pillButton.evaluate((e) => getComputedStyle(e).position)).not.toBe('fixed')
    })
  }
})

test('printing keeps the data and drops the tools and buttons', async ({ page }) => {
  await loadDashboard(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: /mock api/i })).toBeHidden()
  await expect(page.getByRole('group', { name: 'Language' })).toBeHidden()
  for (const name of endpointNames) await expect(region(page, sectionNames.en[name])).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  )
})
