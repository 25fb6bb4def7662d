import type { Page } from '@playwright/test'
import { endpointNames } from '../../src/api/endpoints'
import { alertWording, sectionNames } from '../contract'
import { expect, expectNoAxeViolations, loadDashboard, region, test } from './dashboard-test'

type Box = { x: number; y: number; width: number; height: number }

const intersection = (a: Box, b: Box): Box | undefined => {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const right = Math.min(a.x + a.width, b.x + b.width)
  const bottom = Math.min(a.y + a.height, b.y + b.height)
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined
}

const dock = (page: Page) => page.getByRole('complementary', { name: 'Developer tools' })
const panel = (page: Page) => page.getByRole('dialog', { name: 'Developer panel' })

async function openPanel(page: Page) {
  await page.getByRole('button', { name: /mock api/i }).click()
  await expect(panel(page)).toBeVisible()
}

async function showQueryDevtools(page: Page) {
  await panel(page).getByRole('button', { name: 'Show TanStack Query devtools' }).click()
  await expect(
    panel(page).getByRole('region', { name: 'TanStack Query devtools' }).getByText('["products","list"]'),
  ).toBeVisible()
}

/**
 * Scrolls each section into the page's part of the screen and checks that what shows of it lies
 * wholly outside the dock, and that the browser hits the section, not the panel, at its middle.
 */
async function expectNoSectionUnderPanel(page: Page) {
  const dockBox = (await dock(page).boundingBox())!
  const pageArea: Box = await dock(page).evaluate((element) =>
    element.closest('#root')!.getBoundingClientRect().toJSON(),
  )
  expect(dockBox.width * dockBox.height).toBeGreaterThan(0)
  for (const name of endpointNames) {
    const section = region(page, sectionNames.en[name])
    await section.scrollIntoViewIfNeeded()
    const shown = intersection((await section.boundingBox())!, pageArea)
    expect(shown, `${name} shows in the page area`).toBeDefined()
    expect(intersection(shown!, dockBox), `${name} is not under the panel`).toBeUndefined()
    const hit = await section.evaluate((element, { x, y }) => element.contains(document.elementFromPoint(x, y)), {
      x: shown!.x + shown!.width / 2,
      y: shown!.y + shown!.height / 2,
    })
    expect(hit, `${name} is what the browser finds at its middle`).toBe(true)
  }
}

// One page for both: the devtools open inside the panel that is already docked.
test('the open panel docks beside the page and covers no section, without and with the TanStack devtools @phone', async ({
  page,
}) => {
  await loadDashboard(page)
  await openPanel(page)
  for (const withQueryDevtools of [false, true]) {
    await test.step(withQueryDevtools ? 'with the TanStack devtools' : 'on its own', async () => {
      if (withQueryDevtools) await showQueryDevtools(page)
      await expectNoSectionUnderPanel(page)
      // The panel's own controls are never under the devtools either: each can take a click.
      for (const name of ['Apply', 'Reload page', 'Close'])
        await panel(page).getByRole('button', { name, exact: true }).click({ trial: true })
    })
  }
})

test('the pill shows the whole selection, overrides included', async ({ page }) => {
  await loadDashboard(page, '?scenario=flaky&products=error')
  await expect(page.getByRole('button', { name: /mock api/i })).toContainText('flaky, products=error')
})

test('the Requests tab lists a flaky load’s requests with their attempts, and shows a body on demand @phone', async ({
  page,
}) => {
  await loadDashboard(page, '?scenario=flaky&notifications=offline@0')
  await openPanel(page)
  await panel(page).getByRole('tab', { name: 'Requests' }).click()
  const log = panel(page).getByRole('table', { name: 'Requests the mock API saw' })
  const rowsOf = (label: string) =>
    log.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
  const cellsOf = (label: string) =>
    rowsOf(label).evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)))
  await expect
    .poll(async () => (await cellsOf('Products')).map((cells) => [cells[2], cells[3]]))
    .toEqual([
      ['1', '503'],
      ['2', '503'],
      ['3', '200'],
    ])
  expect((await cellsOf('Categories')).map((cells) => cells[3])).toEqual(['503', '503', '200'])
  // The worker reports a network error as one; notifications tried three times (two retries).
  expect((await cellsOf('Notifications')).map((cells) => [cells[2], cells[3]])).toEqual([
    ['1', 'network error'],
    ['2', 'network error'],
    ['3', 'network error'],
  ])
  await rowsOf('Profile').getByRole('button', { name: 'Show' }).click()
  await expect(panel(page).getByLabel(/Response body/)).toContainText('"name": "Lucía Fernández"')
  await expectNoAxeViolations(page)
})

test('the Requests tab’s section actions force states through the scenario, and refetch and reset @phone', async ({
  page,
}) => {
  await loadDashboard(page, '?scenario=flaky')
  await openPanel(page)
  await panel(page).getByRole('tab', { name: 'Requests' }).click()
  const products = panel(page).getByRole('group', { name: 'Products' })
  const categories = panel(page).getByRole('group', { name: 'Categories' })

  await products.getByRole('combobox', { name: 'Products state to force' }).selectOption('http')
  await products.getByRole('button', { name: 'Force' }).click()
  await expect(region(page, 'Products').getByRole('alert')).toContainText(alertWording.http, { timeout: 10_000 })
  await expect(page).toHaveURL(/\?scenario=flaky&products=error$/)
  await expect(page.getByRole('button', { name: /mock api/i })).toContainText('flaky, products=error')
  await expect(region(page, 'Categories')).toHaveAttribute('aria-busy', 'false')
  await expect(region(page, 'Categories').getByRole('alert')).toHaveCount(0)

  await categories.getByRole('button', { name: 'Force' }).click() // loading is the first choice
  await expect(region(page, 'Categories')).toHaveAttribute('aria-busy', 'true')
  await expect(categories).toContainText('loading (held)')
  await categories.getByRole('button', { name: 'Reset' }).click()
  await expect(region(page, 'Categories').getByText('Pantry')).toBeVisible()

  const log = panel(page).getByRole('table', { name: 'Requests the mock API saw' })
  const categoryRequests = log
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Categories', exact: true }) })
  const before = await categoryRequests.count()
  await categories.getByRole('button', { name: 'Refetch' }).click()
  await expect(categoryRequests).toHaveCount(before + 1)
  await expect(categories).toContainText(/^Categories\s*data/)
  await panel(page).getByRole('tab', { name: 'History' }).click()
  await expectNoAxeViolations(page)
})
