import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, startTransition, StrictMode, Suspense, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { ScenarioWarnings } from '../devtools/scenario-warnings'
import type { Messages } from '../i18n/catalogs'
import type { FormatMemo } from '../i18n/format-memo'
import type { Locale } from '../i18n/locale'
import type { SectionHtml } from '../ui/section-html'
import { ToolsErrorBoundary } from '../ui/tools-error-boundary'
import { App } from './app'
import type { BootedDashboard } from './boot-dashboard'
import { loadDevTools, mockApi } from './build-flags'

// Behind the build flag, so a mocking-off build doesn't even emit the panel.
const DevTools = loadDevTools ? lazy(() => loadDevTools!().then((m) => ({ default: m.DevTools }))) : null
// Only the mock layer reports URL warnings, so a build with mocking off leaves the banner and its text out.
const Warnings = mockApi ? ScenarioWarnings : null

interface RenderOptions {
  warnings: string[]
  locale: Locale
  messages: Messages
  /** What each section's HTML shows now (a streamed page's settled sections); the rest are the shell's skeletons. */
  html?: Record<string, SectionHtml>
  /** Intl's output in the server's render, so hydration draws the same text. */
  formatted?: FormatMemo
  /**
   * Hydrate the HTML in #root; false renders afresh over it: when #root is empty (the dev server),
   * holds saved data, speaks another language than the shopper chose, or lacks a warning the first
   * paint couldn't draw (the mock API failed to start).
   */
  hydrate: boolean
}

/**
 * A build's #root holds the prerendered shell (or the streamed page), which React hydrates; the
 * dev server's is empty. A repeat visit that restored saved data renders afresh instead:
 * hydration's first pass must match the loading shell, while a fresh render's first pass already
 * draws the saved sections.
 */
export const hydratesShell = ({ restored }: BootedDashboard): boolean =>
  document.getElementById('root')?.firstElementChild != null && !restored

/** Calls back once React has committed its first pass. */
function AfterFirstCommit({ then }: { then: () => void }) {
  useEffect(then, [then])
  return null
}

/**
 * Mounts the dashboard; the requests it shows are already in flight. Resolves once React's first
 * pass is committed: hydration is a transition, so it may still be matching the HTML when this returns.
 */
export function renderApp(
  { queryClient, recorder, sections }: BootedDashboard,
  { warnings, locale, messages, html, formatted, hydrate }: RenderOptions,
): Promise<void> {
  let committed = () => {}
  const firstCommit = new Promise<void>((resolve) => (committed = resolve))
  const container = document.getElementById('root')!
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App
          sections={sections}
          locale={locale}
          messages={messages}
          html={html}
          formatted={formatted}
          banner={Warnings && <Warnings warnings={warnings} />}
          tools={
            mockApi &&
            DevTools &&
            recorder && (
              <ToolsErrorBoundary>
                <Suspense fallback={null}>
                  <DevTools recorder={recorder} />
                </Suspense>
              </ToolsErrorBoundary>
            )
          }
        />
        <AfterFirstCommit then={committed} />
      </QueryClientProvider>
    </StrictMode>
  )
  // As a transition, hydration yields to the browser every few milliseconds instead of one long task.
  if (hydrate) startTransition(() => void hydrateRoot(container, app))
  else createRoot(container).render(app)
  return firstCommit
}
