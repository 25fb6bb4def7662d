import { endpointNames } from '../../src/api/endpoints'
import { limits } from '../../src/api/schemas'
import { OVERLONG_EXTRA } from '../../mocks/fixtures'
import { omittedCount, omittedWording } from '../contract'
import { expect, expectNoAxeViolations, horizontalOverflow, loadDashboard, region, test } from './dashboard-test'

// One wrong item never blanks a section (DESIGN.md): the mock API's `partial` outcome bends a few
// items and `overlong` sends more than a list may hold. The section shows the rest, with a quiet
// note in its footer, which is always there: the page doesn't move when the note appears.

/** What the `partial` outcome leaves out of each section (mocks/fixtures.ts). */
const partialOmits = { products: 3, categories: 2, profile: 2, notifications: 2 }
const more = { en: `+${limits.listLength - 5} more`, es: `+${limits.listLength - 5} más` }

for (const locale of ['en-US', 'es-ES'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test('?products=partial shows the valid products and says how many it left out @phone', async ({
      page,
      consoleProblems,
      language,
    }) => {
      const load = await loadDashboard(page, '?products=partial')
      expect(load.states).toEqual({ profile: 'data', notifications: 'data', categories: 'data', products: 'data' })
      const products = region(page, language.name('products'))
      await expect(products.getByRole('heading', { level: 3 })).toHaveCount(12 - partialOmits.products)
      await expect(products).toHaveAttribute('aria-busy', 'false')
      const note = products.locator('footer').getByText(omittedWording)
      await expect(note).toBeVisible()
      expect(omittedCount(await note.innerText())).toBe(partialOmits.products)
      await expect(page.getByRole('alert')).toHaveCount(0)
      // Only the section whose answer left something out says so.
      for (const name of endpointNames.filter((name) => name !== 'products'))
        await expect(region(page, language.name(name)).getByText(omittedWording)).toHaveCount(0)
      expect(load.cls).toBe(0)
      expect(await horizontalOverflow(page)).toBe(0)
      await expectNoAxeViolations(page)
      expect(consoleProblems).toEqual([])
    })

    test('?categories=overlong shows 200 categories, cut to the bound, with the note @phone', async ({
      page,
      consoleProblems,
      language,
    }) => {
      const load = await loadDashboard(page, '?categories=overlong')
      expect(load.states.categories).toBe('data')
      const categories = region(page, language.name('categories'))
      // Five chips, then the one that counts the rest of the 200.
      await expect(categories.getByRole('listitem').last()).toHaveText(more[language.locale])
      const note = categories.locator('footer').getByText(omittedWording)
      await expect(note).toBeVisible()
      expect(omittedCount(await note.innerText())).toBe(OVERLONG_EXTRA)
      await expect(page.getByRole('alert')).toHaveCount(0)
      expect(load.cls).toBe(0)
      await expectNoAxeViolations(page)
      expect(consoleProblems).toEqual([])
    })

    test('every section partly wrong at once: four notes, no alert, nothing moves @phone', async ({
      page,
      consoleProblems,
      language,
    }) => {
      const load = await loadDashboard(page, `?${endpointNames.map((name) => `${name}=partial`).join('&')}`)
      expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
      for (const name of endpointNames) {
        const note = region(page, language.name(name)).locator('footer').getByText(omittedWording)
        expect(omittedCount(await note.innerText()), name).toBe(partialOmits[name])
      }
      await expect(page.getByRole('alert')).toHaveCount(0)
      expect(load.cls).toBe(0)
      expect(await horizontalOverflow(page)).toBe(0)
      await expectNoAxeViolations(page)
      expect(consoleProblems).toEqual([])
    })
  })
}
