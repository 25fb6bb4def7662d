import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { collectLoad, probeInitScript } from '../../scripts/load-probe.mjs'

export { expect }

export type Load = Awaited<ReturnType<typeof collectLoad>>

/** Every page gets the load probe; console errors and warnings are collected for the test to check. */
export const test = base.extend<{ consoleProblems: string[] }>({
  page: async ({ page }, provide) => {
    await page.addInitScript(probeInitScript)
    await provide(page)
  },
  consoleProblems: async ({ page }, provide) => {
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
    await provide(problems)
  },
})

/** The browser's own log line for an HTTP error or a refused request: expected in failure scenarios. */
export const isNetworkLog = (text: string) => /^Failed to load resource/.test(text)

export const loadDashboard = async (page: Page, search = ''): Promise<Load> => {
  await page.goto(`/${search}`)
  return collectLoad(page)
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([])
}

export const region = (page: Page, name: string) => page.getByRole('region', { name })

/** How far the page reaches past the viewport sideways, in px: 0 when nothing scrolls horizontally. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth)
