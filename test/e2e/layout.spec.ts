import type { Page } from '@playwright/test'
import { endpointNames } from '../../src/api/endpoints'
import { sectionNames } from '../contract'
import { expect, loadDashboard, region, test } from './dashboard-test'

const boxOf = async (page: Page, name: string) => (await region(page, name).boundingBox())!

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('what is time-sensitive comes first: the profile summary and every notification within two screens', async ({ page }) => {
    await loadDashboard(page)
    const tops = await Promise.all(endpointNames.map(async (name) => [name, (await boxOf(page, sectionNames.en[name])).y] as const))
    expect(tops.sort((a, b) => a[1] - b[1]).map(([name]) => name)).toEqual(['profile', 'notifications', 'categories', 'products'])
    const profile = await boxOf(page, 'Profile')
    const notifications = await boxOf(page, 'Notifications')
    expect(profile.y + profile.height).toBeLessThanOrEqual(844)
    expect(notifications.y + notifications.height).toBeLessThanOrEqual(2 * 844)
  })

  test('pack sizes and product names are shown in full', async ({ page }) => {
    await loadDashboard(page)
    const cut = await page.locator('.product-card__name, .product-card__meta, .chip__name, .notification__text').evaluateAll((elements) =>
      elements.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent),
    )
    expect(cut).toEqual([])
    await expect(page.getByRole('listitem').filter({ hasText: 'Bamboo Toothbrush, 4-pack' })).toContainText('Home & body · 4 pieces')
  })
})

// 1280 px at 100%, 200% and 400% zoom, and a phone: the pill never lies over a section.
for (const width of [1280, 640, 390, 320]) {
  test(`the Mock API pill covers no section at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await loadDashboard(page, '?scenario=products-error')
    const pill = (await page.getByRole('button', { name: /mock api/i }).boundingBox())!
    for (const name of endpointNames) {
      const box = await boxOf(page, sectionNames.en[name])
      const overlaps = pill.x < box.x + box.width && box.x < pill.x + pill.width && pill.y < box.y + box.height && box.y < pill.y + pill.height
      expect(overlaps, `the pill overlaps ${name}`).toBe(false)
    }
    // It scrolls away with the page instead of floating over what is read next.
    expect(await page.getByRole('button', { name: /mock api/i }).evaluate((e) => getComputedStyle(e).position)).not.toBe('fixed')
  })
}

test('printing keeps the data and drops the tools and buttons', async ({ page }) => {
  await loadDashboard(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: /mock api/i })).toBeHidden()
  await expect(page.getByRole('group', { name: 'Language' })).toBeHidden()
  for (const name of endpointNames) await expect(region(page, sectionNames.en[name])).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(255, 255, 255)')
})
