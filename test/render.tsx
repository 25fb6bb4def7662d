import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { vi } from 'vitest'
import { createQueryClient } from '../src/api/query-client'
import { setActiveScenario } from '../mocks/scenario-store'
import { applyOverrides, parseScenarioUrl, type Overrides } from '../mocks/scenario-url'
import { findScenario } from '../mocks/scenarios'

/** Renders with a fresh QueryClient, set up exactly as the app's, so no test sees another's cache. */
export function renderWithClient(ui: ReactElement, { client = createQueryClient() }: { client?: QueryClient } = {}) {
  const user = userEvent.setup()
  const result = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
  return { ...result, user, client }
}

/** Puts the mock API into a registry scenario, optionally with per-endpoint overrides. */
export function setScenario(id: string, overrides: Overrides = {}): void {
  const scenario = findScenario(id)
  if (!scenario) throw new Error(`no scenario "${id}"`)
  setActiveScenario(applyOverrides(scenario, overrides))
}

/** Same, from a query string as a developer would type it. */
export function setScenarioFromUrl(search: string): void {
  setActiveScenario(parseScenarioUrl(search).scenario)
}

/** Moves fake time forward, letting every request, retry and render due in that window happen. */
export async function advance(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}
