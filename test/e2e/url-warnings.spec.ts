import type { Locator, Page } from '@playwright/test'
import { collectLoad } from '../../scripts/load-probe.mjs'
import { endpointNames } from '../../src/api/endpoints'
import { expect, holdRenderModule, region, test } from './dashboard-test'

// A URL value the mock API doesn't understand shows a warning in the page's flow, above the
// sections, from the first paint: it covers nothing and moves nothing.

const warningOf = (page: Page) => page.getByRole('status').filter({ hasText: 'not understood' })

/** Whether what is drawn at the centre of the element is the element itself (or a part of it). */
const uncovered = (locator: Locator) =>
  locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect()
    return element.contains(document.elementFromPoint(x + width / 2, y + height / 2))
  })

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

for (const locale of ['en-US', 'es-ES'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    for (const search of ['?scenario=bogus', '?products=zzz']) {
      test(`with ${search} the warning is there from the first paint and covers no part of the header @phone`, async ({
        page,
        consoleProblems,
        language,
      }) => {
        const release = await holdRenderModule(page)
        await page.goto(`/${search}`, { waitUntil: 'domcontentloaded' })
        // Drawn before React has even downloaded, so its arrival can't push the sections down.
        await expect(warningOf(page)).toBeVisible()
        release()
        const load = await collectLoad(page)

        const warning = warningOf(page)
        await expect(warning).toBeVisible()
        const header = {
          logo: page.getByRole('banner').getByText('EcoMarket', { exact: true }),
          title: page.getByRole('heading', { level: 1 }),
          languages: page.getByRole('group', { name: language.locale === 'es' ? 'Idioma' : 'Language' }),
        }
        for (const [piece, locator] of Object.entries(header)) expect(await uncovered(locator), piece).toBe(true)
        const banner = (await warning.boundingBox())!
        for (const name of endpointNames) {
          const section = (await region(page, language.name(name)).boundingBox())!
          expect(overlap(banner, section), `the warning overlaps ${name}`).toBe(false)
        }
        expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
        expect(load.cls).toBe(0)

        await warning.getByRole('button', { name: 'Dismiss' }).click()
        await expect(warning).toHaveCount(0)
        expect(consoleProblems).toEqual([])
      })
    }
  })
}
