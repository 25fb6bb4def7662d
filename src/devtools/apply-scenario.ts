import type { QueryClient } from '@tanstack/react-query'
import { setActiveScenario } from '../../mocks/scenario-store'
import { applyOverrides, describeSelection, scenarioSearch, type Overrides } from '../../mocks/scenario-url'
import { defaultScenario, findScenario, type EndpointBehaviour } from '../../mocks/scenarios'
import type { EndpointName } from '../api/endpoints'
import { sectionKey } from '../api/query-keys'

export interface ScenarioChoice {
  baseId: string
  overrides: Overrides
}

export const describeChoice = ({ baseId, overrides }: ScenarioChoice): string => describeSelection(baseId, overrides)

/** The address that reproduces a choice, keeping the page's other parameters. */
export const scenarioHref = ({ baseId, overrides }: ScenarioChoice): string =>
  `${window.location.pathname}${scenarioSearch(window.location.search, baseId, overrides)}${window.location.hash}`

const scenarioOf = (choice: ScenarioChoice) =>
  applyOverrides(findScenario(choice.baseId) ?? defaultScenario, choice.overrides)

/** The choice with one endpoint's override replaced; undefined drops it, back to what the scenario says. */
export function withOverride(
  choice: ScenarioChoice,
  name: EndpointName,
  override: Partial<EndpointBehaviour> | undefined,
): ScenarioChoice {
  const overrides: Overrides = { ...choice.overrides }
  if (override) overrides[name] = { ...overrides[name], ...override }
  else delete overrides[name]
  return { baseId: choice.baseId, overrides }
}

/**
 * Switches the mock API and reloads every section without a page reload. Resetting the queries
 * cancels (aborts) the requests still in flight in the same synchronous step as the switch, so no
 * answer from the old scenario can land after it; the sections show their skeletons and refetch.
 */
export function applyScenario(queryClient: QueryClient, choice: ScenarioChoice): Promise<void> {
  setActiveScenario(scenarioOf(choice))
  window.history.replaceState(window.history.state, '', scenarioHref(choice))
  return queryClient.resetQueries()
}

/** The same for one section: only its endpoint counts attempts afresh, and only it reloads. */
export function applyToSection(queryClient: QueryClient, choice: ScenarioChoice, name: EndpointName): Promise<void> {
  setActiveScenario(scenarioOf(choice), [name])
  window.history.replaceState(window.history.state, '', scenarioHref(choice))
  return queryClient.resetQueries({ queryKey: sectionKey(name) })
}
