import '../ui/theme.css'
import './streamed.css'
import { loadMessages } from '../i18n/catalogs'
import { preloadFilterView } from '../sections/products/filter-view-loader'
import { categoryIn } from '../ui/category-filter'
import { applyDocumentLocale } from '../i18n/document-locale'
import { detectLocale, isLocale, storedLocale, type Locale } from '../i18n/locale'
import { bootDashboard, startLiveChannel, whenAnswered } from './boot-dashboard'
import { loadOrReport } from './boot-events'
import { loadMockApi } from './build-flags'
import { isStreamedPage } from './streamed-page'

// The page's three ways to start (docs/architecture.md): the dev server or a mock build (the mock
// API's worker, then every request), a static host (the head script's requests, adopted), and the
// streamed page (the server's answers, adopted). Each then renders, and opens the live channel.

interface MockStart {
  warnings: string[]
  scenario?: string
  /** Whether these are the URL's warnings, which the page drew before its first paint (src/devtools/first-paint.ts). */
  warningsInShell: boolean
}

/** Starts the mock API; if it can't start, the page still loads and says why. */
async function startMocks(load: NonNullable<typeof loadMockApi>): Promise<MockStart> {
  try {
    const { startMockApi } = await load()
    performance.mark('ecomarket:mocks-loaded')
    return { ...(await startMockApi(window.location.search)), warningsInShell: true }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      warnings: [`The mock API could not start (${reason}), so requests go to the network.`],
      warningsInShell: false,
    }
  }
}

/** The server picked a streamed page's language; a different choice stored in this browser wins, drawn afresh. */
function pageLanguage(streamed: boolean): { locale: Locale; asInHtml: boolean } {
  const served = document.documentElement.lang
  if (!streamed || !isLocale(served)) return { locale: detectLocale(), asInHtml: true }
  const locale = storedLocale() ?? served
  return { locale, asInHtml: locale === served }
}

/**
 * Boots the page. A function rather than top-level await: in a mocking-off build the render module
 * shares this script's chunk, and a module still awaiting at its top level can't be imported back.
 */
async function boot() {
  // User Timing marks let the benchmark and DevTools' Performance panel show where start-up time goes.
  performance.mark('ecomarket:boot')
  const streamed = isStreamedPage()
  const { locale, asInHtml } = pageLanguage(streamed)
  document.documentElement.lang = locale
  // React DOM and the sections download while the mock API starts: neither waits for the other,
  // and the requests wait for neither React nor the first render.
  const rendering = loadOrReport(import('./render-app')) // a chunk lost to a dropped connection: the loader says so, offers Reload
  // Only this language's catalog, alongside the render module; with mocking off it is the one chunk loaded later.
  const catalog = loadOrReport(loadMessages(locale))
  // A page opened with a products filter draws it in its first render (and hydrates the server's filtered HTML).
  const filterView = categoryIn(location.search) ? loadOrReport(preloadFilterView()) : undefined
  const { warnings, scenario, warningsInShell } = loadMockApi
    ? await startMocks(loadMockApi)
    : { warnings: [], scenario: undefined, warningsInShell: true }
  performance.mark('ecomarket:mocks-ready')

  // Streamed answers are fresher than anything saved, so a streamed page restores nothing.
  // Only a streamed page loads the reader of its answers (the loader preloads it there).
  const answers = streamed ? (await import('./streamed-answers')).readStreamedAnswers() : undefined
  const dashboard = await bootDashboard({
    scenario,
    startedAt: 0, // the page's own load counts from navigation start
    savedData: streamed ? false : {},
    pageAnswers: answers,
    keepHistory: true,
    logCompletion: true,
  })
  performance.mark('ecomarket:requests-started')
  const [{ renderApp, hydratesShell }, messages] = await Promise.all([rendering, catalog, filterView])
  applyDocumentLocale(locale, messages)
  // What the HTML shows now is what React's first pass must draw: streamed sections settled, the rest skeletons.
  const html = answers?.takeOver() ?? {}
  await whenAnswered(dashboard.queryClient, Object.keys(html))
  const firstCommit = renderApp(dashboard, {
    warnings,
    locale,
    messages,
    html,
    formatted: answers && { strings: answers.strings, record: false },
    // The mock API's own failure to start is a warning the first paint couldn't draw: that page renders afresh.
    hydrate: asInHtml && warningsInShell && hydratesShell(dashboard),
  })
  // Not before React's first commit: hydration is a transition, and a push or a write restored from
  // a closed page that changed the notifications list while React still matched the streamed HTML
  // made hydration fail (React error #418) and draw the page afresh.
  void firstCommit.then(() => startLiveChannel(dashboard))
  requestAnimationFrame(() => performance.mark('ecomarket:first-frame'))
}

void boot()
