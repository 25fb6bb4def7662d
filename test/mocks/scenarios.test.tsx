import { screen, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { scenarios } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import { arrivalOrder } from '../contract'
import { certainOrder } from '../expected-timing'
import { advance, renderDashboard, setScenario } from '../render'
import { sectionState } from '../section-state'

// Long enough for the slowest scenario to settle: every retry of every policy, or a 10 s answer.
const SETTLE_MS = 12_000

beforeEach(() => {
  vi.useFakeTimers()
})

// One case per registry entry: a new scenario is tested by declaring its expectations, nothing more.
test.each(scenarios.map((s) => [s.id, s] as const))(
  'scenario %s ends in the states it declares, in the order its latencies and retry policies fix',
  async (_, scenario) => {
    setScenario(scenario.id)
    await renderDashboard()
    await vi.dynamicImportSettled() // the live region's watcher loads after the first render
    await advance(SETTLE_MS)
    const seen = Object.fromEntries(endpointNames.map((name) => [name, sectionState(name)]))
    expect(seen).toEqual(scenario.expect)
    expect(screen.getAllByRole('region')).toHaveLength(endpointNames.length)
    // On fake time the mock's timers all start together, as a busy browser's may not (test/e2e/scenarios.spec.ts).
    const told = arrivalOrder(
      within(screen.getByRole('log'))
        .queryAllByRole('paragraph')
        .map((line) => line.textContent ?? ''),
      'en',
    )
    for (const [first, second] of certainOrder(scenario))
      expect(
        told.filter((name) => name === first || name === second),
        `${first} before ${second}`,
      ).toEqual([first, second])
  },
)
