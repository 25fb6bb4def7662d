import { cleanup, render, screen, within } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, test, vi } from 'vitest'
import { setActiveScenario } from '../../mocks/scenario-store'
import { MAX_LATENCY_MS, parseScenarioUrl, scenarioSearch } from '../../mocks/scenario-url'
import { outcomes, scenarios } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import { ScenarioWarnings } from '../../src/devtools/scenario-warnings'
import { propertyOptions } from '../arbitraries'
import { takeUnexpectedConsole } from '../console-guard'
import { advance, renderDashboard } from '../render'
import { sectionState } from '../section-state'

// Whatever a URL says, the parser answers with a runnable scenario and readable warnings, and the
// dashboard runs it to the states it declares.

// Each run renders in jsdom: bounded by numRuns, but slow on a busy machine.
const RENDERING_TIMEOUT_MS = 30_000

const latency = fc.oneof(fc.integer({ min: 0, max: MAX_LATENCY_MS }), fc.constantFrom(0, 1999, 2000, MAX_LATENCY_MS))
const spec = fc.oneof(
  latency.map(String),
  fc.constantFrom(...outcomes),
  fc.tuple(fc.constantFrom(...outcomes), latency).map(([outcome, ms]) => `${outcome}@${ms}`),
)
const nearMiss = fc.oneof(
  fc.constantFrom(
    '-1',
    '1.5',
    '1e3',
    '60001',
    'ERROR',
    ' ok ',
    'ok@',
    '@5',
    'timeout@300@1',
    'offline@-0',
    '%00',
    '<script>alert(1)</script>',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('x'.repeat(8 * 1024)),
)
const scenarioId = fc.oneof(
  fc.constantFrom(...scenarios.map((s) => s.id)),
  fc.constantFrom('FLAKY', ' slow ', 'nope', '', '__proto__', 'constructor'),
  nearMiss,
)
const parameter = fc.oneof(
  fc.tuple(fc.constant('scenario'), scenarioId),
  fc.tuple(
    fc.constantFrom(...endpointNames),
    fc.oneof({ arbitrary: spec, weight: 3 }, { arbitrary: nearMiss, weight: 1 }),
  ),
  fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })), // other parameters a page may carry
)
/** A query string as a browser would send it. */
const search = fc.array(parameter, { maxLength: 6 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`)
/** A query string that only names real scenarios and well-formed specs. */
const runnableSearch = fc
  .record({
    id: fc.constantFrom(...scenarios.map((s) => s.id)),
    specs: fc.array(fc.tuple(fc.constantFrom(...endpointNames), spec), { maxLength: 4 }),
  })
  .map(({ id, specs }) => `?${new URLSearchParams([['scenario', id], ...specs]).toString()}`)

describe('parseScenarioUrl', () => {
  test('any query string gives a runnable scenario and short warnings', () => {
    fc.assert(
      fc.property(fc.oneof(search, fc.string({ maxLength: 200 })), (query) => {
        const { scenario, warnings } = parseScenarioUrl(query)
        for (const name of endpointNames) {
          const { outcome, latencyMs } = scenario.endpoints[name]
          expect(outcomes).toContain(outcome)
          expect(Number.isInteger(latencyMs) && latencyMs >= 0 && latencyMs <= MAX_LATENCY_MS).toBe(true)
        }
        for (const warning of warnings) expect(warning.length).toBeLessThan(400)
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test('what it understood round-trips through the URL it writes', () => {
    fc.assert(
      fc.property(search, (query) => {
        const first = parseScenarioUrl(query)
        const again = parseScenarioUrl(scenarioSearch('', first.baseId, first.overrides))
        expect(again.warnings).toEqual([])
        expect(again.scenario).toEqual(first.scenario)
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test(
    'its warnings are shown as text, whatever they quote',
    () => {
      fc.assert(
        fc.property(search, (query) => {
          const { warnings } = parseScenarioUrl(query)
          render(<ScenarioWarnings warnings={warnings} />)
          if (warnings.length > 0)
            expect(within(screen.getByRole('status')).getAllByRole('listitem')).toHaveLength(new Set(warnings).size)
          expect(document.querySelector('script, img')).toBeNull()
          expect(takeUnexpectedConsole()).toEqual([])
          cleanup()
        }),
        { ...propertyOptions, numRuns: 60 },
      )
    },
    RENDERING_TIMEOUT_MS,
  )
})

test(
  'the dashboard runs any well-formed URL scenario to the states it declares',
  async () => {
    vi.useFakeTimers()
    await fc.assert(
      fc.asyncProperty(runnableSearch, async (query) => {
        const { scenario } = parseScenarioUrl(query)
        setActiveScenario(scenario)
        const { unmount, queryClient: client } = await renderDashboard()
        await advance(12_000) // long enough for every retry of every policy, and every timeout
        try {
          expect(Object.fromEntries(endpointNames.map((name) => [name, sectionState(name)]))).toEqual(scenario.expect)
          expect(takeUnexpectedConsole()).toEqual([])
        } finally {
          unmount()
          client.clear()
        }
      }),
      { ...propertyOptions, numRuns: 10 },
    )
  },
  RENDERING_TIMEOUT_MS,
)
