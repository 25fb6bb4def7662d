import { arrivals, expect, expectTakenInTurn, heard, loadDashboard, region, test } from './dashboard-test'

test('the default load announces each section once, in the order it arrived, from a live region that was there first', async ({
  page,
  language,
}) => {
  const load = await loadDashboard(page)
  await expectTakenInTurn(page, load)
  // Each arrival once, and nothing else. (Their order is the order the answers came, to the
  // millisecond; test/ui/dashboard-status.test.tsx hears the documented order on fake time.)
  const lines = (await arrivals(page, language)).map((name) => `${language.name(name)} loaded`)
  expect(await heard(page)).toEqual(lines)
  const names = ['Products', 'Categories', 'Profile', 'Notifications']
  expect(await page.evaluate(() => window.__logBeforeSections)).toBe(true)
  await expect(page.getByRole('log')).toMatchAriaSnapshot(
    ['- log:', ...lines.map((line) => `  - paragraph: ${line}`)].join('\n'),
  )
  // The retry notes are in the page already, empty, so their first words are noticed.
  // The first status in a section is its header's retry note; the footer's refresh note comes after it.
  for (const name of names) await expect(region(page, name).getByRole('status').first()).toHaveText('')
})

/**
 * The live region's watcher loads after the first frame, and a busy machine can take longer over
 * that than a first retry takes: what it tells of a section is the section's story from the state
 * it found on. So what was said must be the end of the whole story, in order, nothing twice. (On
 * fake time, test/ui/dashboard-status.test.tsx hears every line of it.)
 */
function expectStoryEnd(said: string[], story: string[]) {
  expect(said.length).toBeGreaterThan(0)
  expect(said).toEqual(story.slice(story.length - said.length))
}

test('a flaky load announces each retry, then each arrival once', async ({ page }) => {
  await loadDashboard(page, '?scenario=flaky')
  await expect.poll(() => heard(page)).toContain('Products loaded')
  await expect.poll(() => heard(page)).toContain('Categories loaded')
  const lines = await heard(page)
  for (const section of ['Categories', 'Products']) {
    expectStoryEnd(
      lines.filter((line) => line.startsWith(section)),
      [`${section}: retrying (1 of 3)`, `${section}: retrying (2 of 3)`, `${section} loaded`],
    )
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
    expectStoryEnd(
      lines.filter((line) => line.startsWith(section) || line.endsWith(what)),
      [
        ...Array.from({ length: retries }, (_, i) => `${section}: retrying (${i + 1} of ${retries})`),
        `We couldn't load ${what}`,
      ],
    )
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
