import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { collectLoad, probeInitScript } from '../../scripts/load-probe.mjs'
import { endpointNames, type EndpointName } from '../../src/api/endpoints'
import { arrivalOrder, kindOfAlert, retryName, sectionNames, type ContractLocale } from '../contract'

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

// Records every line the polite live region gains, in order, from before the page's first script.
function recordAnnouncements() {
  const heard: string[] = (window.__heard = [])
  new MutationObserver((mutations) => {
    const log = document.querySelector('[role="log"]')
    if (window.__logBeforeSections === undefined && document.querySelector('section'))
      window.__logBeforeSections = log !== null
    for (const m of mutations) if (m.target === log) for (const node of m.addedNodes) heard.push(node.textContent ?? '')
  }).observe(document, { subtree: true, childList: true })
}

/** Every line the live region has said so far, in order. */
export const heard = (page: Page) => page.evaluate(() => window.__heard ?? [])

/** The sections in the order the live region told their arrival, once all four have been told. */
export async function arrivals(page: Page, language: Language): Promise<EndpointName[]> {
  const told = async () => arrivalOrder(await heard(page), language.locale)
  await expect.poll(async () => (await told()).length, 'every section told its arrival').toBe(endpointNames.length)
  return told()
}

/**
 * Pairs of sections whose final answers (or network failures) came one after the other: the second
 * began to arrive only after the first had ended, so the page must take them in that order. From
 * Resource Timing, which also lists a request that failed (status 0, ended then). A section that
 * timed out is left out: the page's own timer ended it, and the aborted request ends after that.
 */
export async function answeredInTurn(page: Page, load: Load): Promise<[EndpointName, EndpointName][]> {
  const last = await page.evaluate(
    (names) => {
      const answers: Record<string, { start: number; end: number }> = {}
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const name = /\/api\/(\w+)$/.exec(new URL(entry.name).pathname)?.[1]
        if (name && names.includes(name))
          answers[name] = { start: entry.responseStart || entry.responseEnd, end: entry.responseEnd }
      }
      return answers
    },
    endpointNames as readonly string[],
  )
  const answered = endpointNames.filter((name) => kindOfAlert(load.states[name]) !== 'timeout')
  const pairs: [EndpointName, EndpointName][] = []
  for (const first of answered)
    for (const second of answered) if (last[first].end < last[second].start) pairs.push([first, second])
  return pairs
}

/**
 * Records, from now on, every change of a section's aria-busy, in order, as [section, value]; the
 * returned function reads them. Every change, even one that comes and goes between two looks.
 */
export async function recordBusy(page: Page): Promise<() => Promise<[string, string | null][]>> {
  await page.evaluate(() => {
    const seen: [string, string | null][] = (window.__busyChanges = [])
    new MutationObserver((mutations) => {
      for (const { target } of mutations)
        if (target instanceof Element)
          seen.push([
            target.getAttribute('aria-labelledby')!.replace(/-heading$/, ''),
            target.getAttribute('aria-busy'),
          ])
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] })
  })
  return () => page.evaluate(() => window.__busyChanges ?? [])
}

/**
 * Checks that the page took the sections in the order their answers came: settled them in that
 * order (the load recorder's order, in each section's User Timing measure: one count per settle,
 * so two answers in the same millisecond or frame still have an order) and drew them in it (on a
 * busy machine two can share a frame, never swap). Answers that came together have no order to keep.
 */
export async function expectTakenInTurn(page: Page, load: Load): Promise<void> {
  const settleOrder = await page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((name) => [
          name,
          (performance.getEntriesByName(`ecomarket:${name}`, 'measure')[0] as PerformanceMeasure | undefined)?.detail
            ?.order as number | undefined,
        ]),
      ),
    endpointNames as readonly string[],
  )
  for (const [first, second] of await answeredInTurn(page, load)) {
    expect(
      [first, second].sort((a, b) => settleOrder[a]! - settleOrder[b]!),
      `${first} answered before ${second}: settled in that order`,
    ).toEqual([first, second])
    expect(load.settled[first], `${first} is drawn no later than ${second}`).toBeLessThanOrEqual(load.settled[second])
  }
}

/**
 * Every page gets the load probe and the live region's recorder, and every test fails on a console
 * error or warning it did not announce (the Epic Stack's rule, as test/console-guard.ts applies it to Vitest).
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard; consoleProblems: string[]; language: Language }>({
  page: async ({ page }, provide) => {
    await page.addInitScript(probeInitScript)
    await page.addInitScript(recordAnnouncements)
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
