import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { collectLoad, probeInitScript } from '../../scripts/load-probe.mjs'
import type { EndpointName } from '../../src/api/endpoints'
import { retryName, sectionNames, type ContractLocale } from '../contract'

export { expect }

export type Load = Awaited<ReturnType<typeof collectLoad>>

/** What the page is expected to say in this project's language (the browser's locale). */
export interface Language {
  locale: ContractLocale
  /** A section's accessible name, as the contract fixes it. */
  name: (section: EndpointName) => string
  retry: string
}

/** The browser's own log line for an HTTP error or a refused request: expected in failure scenarios. */
export const isNetworkLog = (text: string) => /^Failed to load resource/.test(text)

interface ConsoleGuard {
  /** Every console error and warning and every uncaught error, as the page logged them. */
  problems: string[]
  /** Announces output the current test expects, beyond the browser's own network lines. */
  allow: (pattern: RegExp) => void
}

/**
 * Every page gets the load probe, and every test fails on a console error or warning it did not
 * announce (the Epic Stack's rule, as test/console-guard.ts applies it to Vitest).
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard; consoleProblems: string[]; language: Language }>({
  page: async ({ page }, provide) => {
    await page.addInitScript(probeInitScript)
    await provide(page)
  },
  consoleGuard: [
    async ({ page }, provide) => {
      const allowed: RegExp[] = []
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
      await provide({ problems, allow: (pattern) => void allowed.push(pattern) })
      const unexpected = problems.filter(
        (text) => !isNetworkLog(text) && !allowed.some((pattern) => pattern.test(text)),
      )
      expect(unexpected, 'console errors and warnings nobody announced').toEqual([])
    },
    { auto: true },
  ],
  consoleProblems: async ({ consoleGuard }, provide) => {
    await provide(consoleGuard.problems)
  },
  language: async ({ locale }, provide) => {
    const language: ContractLocale = locale?.startsWith('es') ? 'es' : 'en'
    await provide({ locale: language, name: (section) => sectionNames[language][section], retry: retryName[language] })
  },
})

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
  page.evaluate(
    () =>
      Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth,
  )

/**
 * Holds the render module (React DOM, the sections) back until the returned function is called:
 * meanwhile the page shows what it painted before any of its own scripts ran, however busy the
 * machine is. Matched by the build's chunk name. On the context, so the mock service worker's own
 * fetch is held too: MSW reloads a first visit that the worker doesn't control yet.
 */
export async function holdRenderModule(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.context().route('**/assets/render-app-*.js', async (route) => {
    await released
    await route.continue()
  })
  return release
}
