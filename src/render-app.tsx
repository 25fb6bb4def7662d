import type { QueryClient } from '@tanstack/react-query'
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { ScenarioWarnings } from './devtools/scenario-warnings'

const DevTools = lazy(() => import('./devtools/dev-tools').then((m) => ({ default: m.DevTools })))

/** Mounts the dashboard; the requests it shows are already in flight. */
export function renderApp(queryClient: QueryClient, { mocking, warnings }: { mocking: boolean; warnings: string[] }) {
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
}
