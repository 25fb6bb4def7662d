import './ui/theme.css'
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from './api/query-client'
import { App } from './app'
import { startDashboardLoad } from './dashboard-load'
import { ScenarioWarnings } from './devtools/scenario-warnings'

// Vite replaces this with a constant, so with mocking off the mock layer is not even in the build.
const mocking = import.meta.env.VITE_API_MOCKING !== 'off'

const DevTools = lazy(() => import('./devtools/dev-tools').then((m) => ({ default: m.DevTools })))

/** Starts the mock API; if it can't start, the page still loads and says why. */
async function startMocks(): Promise<{ warnings: string[] }> {
  try {
    const { startMockApi } = await import('../mocks/browser')
    return await startMockApi(window.location.search)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { warnings: [`The mock API could not start (${reason}), so requests go to the network.`] }
  }
}

const { warnings } = mocking ? await startMocks() : { warnings: [] }
const queryClient = createQueryClient()
startDashboardLoad(queryClient)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      queryClient={queryClient}
      banner={<ScenarioWarnings warnings={warnings} />}
      tools={
        mocking && (
          <Suspense fallback={null}>
            <DevTools />
          </Suspense>
        )
      }
    />
  </StrictMode>,
)
