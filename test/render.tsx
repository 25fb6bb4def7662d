import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement, ReactNode } from 'react'
import { vi } from 'vitest'
import { createQueryClient } from '../src/api/query-client'
import { App } from '../src/app/app'
import { bootDashboard, startLiveChannel, type BootedDashboard, type BootOptions } from '../src/app/boot-dashboard'
import type { LoadRecorder } from '../src/metrics/load-recorder'
import { I18nProvider } from '../src/i18n/i18n-context'
import type { Locale } from '../src/i18n/locale'
import english from '../src/i18n/messages/en.json?icu'
import spanish from '../src/i18n/messages/es.json?icu'
import { setActiveScenario } from '../mocks/scenario-store'
import { applyOverrides, parseScenarioUrl, type Overrides } from '../mocks/scenario-url'
import { findScenario } from '../mocks/scenarios'

/** The compiled catalogs, as the app loads them. */
export const catalogs = { en: english, es: spanish }

/** The language props App takes, for a test that renders the whole dashboard. */
export const inLanguage = (locale: Locale = 'en') => ({ locale, messages: catalogs[locale] })

// Every client a test rendered with: cleared after it (test/setup.ts), so a client left alive
// never answers the next test's focus or online events.
const clients = new Set<QueryClient>()
export function clearTestClients(): void {
  for (const client of clients) client.clear()
  clients.clear()
}

/** Renders with a fresh QueryClient, set up exactly as the app's, so no test sees another's cache; English unless told. */
export function renderWithClient(
  ui: ReactElement,
  { client = createQueryClient(), locale = 'en' }: { client?: QueryClient; locale?: Locale } = {},
) {
  clients.add(client)
  const user = userEvent.setup()
  const result = render(
    <QueryClientProvider client={client}>
      <I18nProvider {...inLanguage(locale)}>{ui}</I18nProvider>
    </QueryClientProvider>,
  )
  return { ...result, user, client }
}

interface DashboardOptions extends BootOptions {
  locale?: Locale
  /** Open the live notifications channel once rendered, as the page does. */
  live?: boolean
  /** The developer tools, given this load's recorder (mock mode's panel). */
  tools?: (recorder: LoadRecorder) => ReactNode
  /** Runs once every request has started, before anything renders. */
  beforeRender?: (dashboard: BootedDashboard) => unknown
  /** Wraps the app, for a Profiler or StrictMode. */
  wrap?: (app: ReactElement) => ReactElement
}

/** Boots and renders the whole dashboard as the page does (src/app/boot-dashboard.ts), in English unless told. */
export async function renderDashboard({
  locale = 'en',
  live = false,
  tools,
  beforeRender,
  wrap = (app) => app,
  ...boot
}: DashboardOptions = {}) {
  const dashboard = await bootDashboard(boot)
  const { queryClient, sections } = dashboard
  // The tests run as a mock build, which always records its loads (the developer panel reads them).
  const recorder = dashboard.recorder!
  await beforeRender?.(dashboard)
  const app = <App sections={sections} {...inLanguage(locale)} tools={tools?.(recorder)} />
  const rendered = renderWithClient(wrap(app), { client: queryClient, locale })
  if (live) startLiveChannel(dashboard)
  return { ...rendered, ...dashboard, recorder }
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
