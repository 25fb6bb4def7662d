import type { Page } from '@playwright/test'
import { collectLoad } from '../../scripts/load-probe.mjs'
import { endpointNames, type EndpointName } from '../../src/api/endpoints'
import { expect, holdRenderModule, region, test } from './dashboard-test'

// Every section's skeleton is as tall as its documented data, to the pixel, so nothing below it
// moves when the data arrives. The skeletons are measured as first painted (the prerendered shell),
// with the render module held back for as long as measuring takes (a latency in the URL would race
// the client's 2 s timeout on a busy machine); then the same sections with their data.

/** Each section's height, and whether it was loading when measured. */
const measure = async (page: Page, name: (section: EndpointName) => string) => {
  const entries = await Promise.all(
    endpointNames.map(async (section) => {
      const box = await region(page, name(section)).evaluate((element) => ({
        busy: element.getAttribute('aria-busy'),
        height: element.getBoundingClientRect().height,
      }))
      return [section, box] as const
    }),
  )
  return Object.fromEntries(entries)
}

const heightsOf = (measured: Awaited<ReturnType<typeof measure>>) =>
  Object.fromEntries(Object.entries(measured).map(([section, { height }]) => [section, height]))

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  for (const locale of ['en-US', 'es-ES']) {
    test.describe(`${viewport.width} px, ${locale}`, () => {
      test.use({ viewport, locale })

      test('each section is as tall loading as with its data', async ({ page, language }) => {
        const release = await holdRenderModule(page)
        await page.goto('/', { waitUntil: 'domcontentloaded' })
        const loading = await measure(page, language.name)
        expect(Object.values(loading).map(({ busy }) => busy)).toEqual(['true', 'true', 'true', 'true'])

        release()
        const load = await collectLoad(page)
        expect(Object.values(load.states)).toEqual(['data', 'data', 'data', 'data'])
        expect(heightsOf(await measure(page, language.name))).toEqual(heightsOf(loading))
        expect(load.cls).toBe(0)
      })
    })
  }
}
