import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import type { BootedDashboard } from './boot-dashboard'
import { ScenarioWarnings } from '../devtools/scenario-warnings'
import type { Messages } from '../i18n/catalogs'
import type { Locale } from '../i18n/locale'
import { ToolsErrorBoundary } from '../ui/tools-error-boundary'

// Behind the same build flag as the mock layer, so a build with mocking off doesn't even emit the panel.
const DevTools =
  import.meta.env.VITE_API_MOCKING === 'off'
    ? null
    : lazy(() => import('../devtools/dev-tools').then((m) => ({ default: m.DevTools })))
// Only the mock layer reports URL warnings, so a build with mocking off leaves the banner and its text out.
const Warnings = import.meta.env.VITE_API_MOCKING === 'off' ? null : ScenarioWarnings

interface RenderOptions {
  mocking: boolean
  warnings: string[]
  /**
   * False when the warnings were not all in the page before its first paint (the mock API failed to
   * start, which only the boot learns): the page then renders afresh, since hydration would not match.
   */
  warningsInShell: boolean
  locale: Locale
  messages: Messages
}

/** Mounts the dashboard; the requests it shows are already in flight. */
export function renderApp(
  { queryClient, recorder, sections }: BootedDashboard,
  { mocking, warnings, warningsInShell, locale, messages }: RenderOptions,
) {
  const container = document.getElementById('root')!
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App
          sections={sections}
          locale={locale}
          messages={messages}
          banner={Warnings && <Warnings warnings={warnings} />}
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
      </QueryClientProvider>
    </StrictMode>
  )
  // A build prerenders the loading shell into #root (vite-plugin-prerender-shell.ts); the dev server doesn't.
  // A repeat visit that restored saved data renders afresh instead: hydration's first pass must match
  // the loading shell, while a fresh render's first pass already draws the saved sections.
  const restored = queryClient
    .getQueryCache()
    .getAll()
    .some((query) => query.state.data !== undefined)
  if (container.firstElementChild && !restored && warningsInShell) hydrateRoot(container, app)
  else createRoot(container).render(app)
}
