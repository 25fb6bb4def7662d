import type { QueryClient } from '@tanstack/react-query'
import { setActiveScenario } from '../../mocks/scenario-store'
import { applyOverrides, describeSelection, scenarioSearch, type Overrides } from '../../mocks/scenario-url'
import { defaultScenario, findScenario } from '../../mocks/scenarios'

export interface ScenarioChoice {
  baseId: string
  overrides: Overrides
}

export const describeChoice = ({ baseId, overrides }: ScenarioChoice): string => describeSelection(baseId, overrides)

/** The address that reproduces a choice, keeping the page's other parameters. */
export const scenarioHref = ({ baseId, overrides }: ScenarioChoice): string =>
  `${window.location.pathname}${scenarioSearch(window.location.search, baseId, overrides)}${window.location.hash}`

/**
 * Switches the mock API and reloads every section without a page reload. Resetting the queries
 * cancels (aborts) the requests still in flight in the same synchronous step as the switch, so no
 * answer from the old scenario can land after it; the sections show their skeletons and refetch.
 */
export function applyScenario(queryClient: QueryClient, choice: ScenarioChoice): Promise<void> {
  setActiveScenario(applyOverrides(findScenario(choice.baseId) ?? defaultScenario, choice.overrides))
  window.history.replaceState(window.history.state, '', scenarioHref(choice))
  return queryClient.resetQueries()
}
