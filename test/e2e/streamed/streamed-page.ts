import type { Page } from '@playwright/test'
import { scenarios, type Scenario } from '../../../mocks/scenarios'
import { endpointNames, endpoints, type EndpointName } from '../../../src/api/endpoints'

// What the streamed document lets a test see (src/app/streamed-page.ts): each section's box after
// #root, its answer block, and whether the reveal step moved it into place. A page script notes
// every such event in the order the parser and the reveal step made them.

export interface StreamEvent {
  kind: 'answer' | 'revealed'
  section: string
}

/** Records, from the page's first script on, each answer block added and each section revealed into #root. */
export async function watchStream(page: Page): Promise<() => Promise<StreamEvent[]>> {
  await page.addInitScript(() => {
    const events: { kind: string; section: string }[] = []
    ;(window as unknown as { __stream: typeof events }).__stream = events
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (!(node instanceof Element)) continue
          if (node.matches('script[data-answer]'))
            events.push({ kind: 'answer', section: node.closest<HTMLElement>('.streamed')?.dataset.section ?? '?' })
          // A settled section moved into #root; the shell's own skeletons (aria-busy="true") don't count.
          const section = node.matches('section[aria-busy="false"]') ? node : null
          if (section && mutation.target instanceof Element && mutation.target.closest('#root'))
            events.push({
              kind: 'revealed',
              section: section.getAttribute('aria-labelledby')!.replace(/-heading$/, ''),
            })
        }
      }
    }).observe(document, { subtree: true, childList: true })
  })
  return () => page.evaluate(() => (window as unknown as { __stream: StreamEvent[] }).__stream)
}

/** When the server's first call to an endpoint settles under a scenario: its latency, or its timeout. */
const serverSettlesAt = (scenario: Scenario, name: EndpointName) => {
  const { outcome, latencyMs } = scenario.endpoints[name]
  return outcome === 'timeout' ? endpoints[name].timeoutMs : Math.min(latencyMs, endpoints[name].timeoutMs)
}

/** Critical sections first at a tie, as the server writes them. */
export const rank = (name: string) => Number(endpoints[name as EndpointName].criticality !== 'critical')

/**
 * Pairs of sections whose calls settle so far apart under a scenario (at least 400 ms) that their
 * streamed order is certain, however busy the machine.
 */
export function certainCompletionOrder(scenario: Scenario): [EndpointName, EndpointName][] {
  const pairs: [EndpointName, EndpointName][] = []
  for (const first of endpointNames)
    for (const second of endpointNames)
      if (serverSettlesAt(scenario, first) + 400 <= serverSettlesAt(scenario, second)) pairs.push([first, second])
  return pairs
}

/** When each streamed section's call settled, on the server's clock, from its answer block. */
export const answerTimes = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('script[data-answer]')].map((block) => {
        const answer = JSON.parse(block.textContent ?? '{}') as { name: string; at: number }
        return [answer.name, answer.at]
      }),
    ),
  )

export { scenarios }
