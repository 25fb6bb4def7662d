import { extreme } from '../../mocks/fixtures'
import { expect, horizontalOverflow, loadDashboard, region, test } from './dashboard-test'

// The layout holds whatever valid data arrives: the `extreme` scenario sends every text, number and
// list at the largest the schemas accept. (Every scenario also checks for sideways scroll.)

test('extreme data stays inside its sections, and cut-short texts keep their whole text in a title @phone', async ({ page, consoleProblems }) => {
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
    Object.fromEntries([...document.querySelectorAll('section')].map((s) => [s.getAttribute('aria-labelledby'), s.getBoundingClientRect().width])),
  )
  expect(widths['notifications-heading']).toBe(widths['profile-heading'])
  expect(widths['products-heading']).toBe(widths['categories-heading'])

  const { name } = extreme.profile()
  await expect(region(page, 'Profile').getByRole('heading', { name })).toHaveAttribute('title', name)
  const [first] = extreme.products()
  await expect(region(page, 'Products').getByRole('heading', { name: first.name }).first()).toHaveAttribute('title', first.name)
  await expect(region(page, 'Profile').getByTitle('10,000,000')).toHaveText('10M')
  expect(load.cls).toBe(0)
  expect(consoleProblems).toEqual([])
})

test('an 8 KB scenario name with no spaces wraps inside the warning banner @phone', async ({ page, consoleProblems }) => {
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
