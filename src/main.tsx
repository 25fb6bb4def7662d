import './ui/theme.css'
import { createQueryClient } from './api/query-client'
import { startDashboardLoad } from './dashboard-load'

// Vite replaces this with a constant, so with mocking off the mock layer is not even in the build.
const mocking = import.meta.env.VITE_API_MOCKING !== 'off'

/** Starts the mock API; if it can't start, the page still loads and says why. */
async function startMocks(): Promise<{ warnings: string[] }> {
  try {
    const { startMockApi } = await import('../mocks/browser')
    performance.mark('ecomarket:mocks-loaded')
    return await startMockApi(window.location.search)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { warnings: [`The mock API could not start (${reason}), so requests go to the network.`] }
  }
}

// User Timing marks let the benchmark and DevTools' Performance panel show where start-up time goes.
performance.mark('ecomarket:boot')
// React DOM and the sections download while the mock API starts: neither waits for the other,
// and the requests wait for neither React nor the first render.
const rendering = import('./render-app')
const { warnings } = mocking ? await startMocks() : { warnings: [] }
performance.mark('ecomarket:mocks-ready')
const queryClient = createQueryClient()
startDashboardLoad(queryClient)
performance.mark('ecomarket:requests-started')
const { renderApp } = await rendering
renderApp(queryClient, { mocking, warnings })
requestAnimationFrame(() => performance.mark('ecomarket:first-frame'))
