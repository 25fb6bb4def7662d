import type { QueryClient } from '@tanstack/react-query'
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { ScenarioWarnings } from './devtools/scenario-warnings'
import type { Messages } from './i18n/catalogs'
import type { Locale } from './i18n/locale'
import type { LoadRecorder } from './metrics/load-recorder'
import { ToolsErrorBoundary } from './ui/tools-error-boundary'

// Behind the same build flag as the mock layer, so a build with mocking off doesn't even emit the panel.
const DevTools =
  import.meta.env.VITE_API_MOCKING === 'off' ? null : lazy(() => import('./devtools/dev-tools').then((m) => ({ default: m.DevTools })))

interface RenderOptions {
  mocking: boolean
  warnings: string[]
  recorder: LoadRecorder
  locale: Locale
  messages: Messages
}

/** Mounts the dashboard; the requests it shows are already in flight. */
export function renderApp(queryClient: QueryClient, { mocking, warnings, recorder, locale, messages }: RenderOptions) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        queryClient={queryClient}
        locale={locale}
        messages={messages}
        banner={<ScenarioWarnings warnings={warnings} />}
        tools={
          mocking &&
          DevTools && (
            <ToolsErrorBoundary>
              <Suspense fallback={null}>
                <DevTools recorder={recorder} />
              </Suspense>
            </ToolsErrorBoundary>
          )
        }
      />
    </StrictMode>,
  )
}
