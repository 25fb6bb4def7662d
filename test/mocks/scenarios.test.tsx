import { screen } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { scenarios } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import { advance, renderDashboard, setScenario } from '../render'
import { sectionState } from '../section-state'

// Long enough for the slowest scenario to settle: every retry of every policy, or a 10 s answer.
const SETTLE_MS = 12_000

beforeEach(() => {
  vi.useFakeTimers()
})

// One case per registry entry: a new scenario is tested by declaring its expectations, nothing more.
test.each(scenarios.map((s) => [s.id, s] as const))(
  'scenario %s ends in the states it declares',
  async (_, scenario) => {
    setScenario(scenario.id)
    await renderDashboard()
    await advance(SETTLE_MS)
    const seen = Object.fromEntries(endpointNames.map((name) => [name, sectionState(name)]))
    expect(seen).toEqual(scenario.expect)
    expect(screen.getAllByRole('region')).toHaveLength(endpointNames.length)
  },
)
