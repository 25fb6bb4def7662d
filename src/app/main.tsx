import '../ui/theme.css'
import { loadOrShowFailure } from './boot-failure'
import { bootDashboard } from './boot-dashboard'
import { loadMessages } from '../i18n/catalogs'
import { applyDocumentLocale } from '../i18n/document-locale'
import { detectLocale } from '../i18n/locale'

// Vite replaces this with a constant, so with mocking off the mock layer is not even in the build.
const mocking = import.meta.env.VITE_API_MOCKING !== 'off'

interface MockStart {
  warnings: string[]
  scenario?: string
  /** Whether these are the URL's warnings, which the page drew before its first paint (src/devtools/first-paint.ts). */
  warningsInShell: boolean
}

/** Starts the mock API; if it can't start, the page still loads and says why. */
async function startMocks(): Promise<MockStart> {
  try {
    const { startMockApi } = await import('../../mocks/browser')
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

/**
 * Boots the page. A function rather than top-level await: in a mocking-off build the render module
 * shares this script's chunk, and a module still awaiting at its top level can't be imported back.
 */
async function boot() {
  // User Timing marks let the benchmark and DevTools' Performance panel show where start-up time goes.
  performance.mark('ecomarket:boot')
  // The language is known at once (stored choice, else the browser's), so the page never shows the wrong one.
  const locale = detectLocale()
  document.documentElement.lang = locale
  // React DOM and the sections download while the mock API starts: neither waits for the other,
  // and the requests wait for neither React nor the first render.
  const rendering = loadOrShowFailure(import('./render-app')) // a chunk lost to a dropped connection: say so, offer Reload
  // Only this language's catalog, alongside the render module; with mocking off it is the one chunk loaded later.
  const catalog = loadOrShowFailure(loadMessages(locale))
  const { warnings, scenario, warningsInShell } = mocking
    ? await startMocks()
    : { warnings: [], scenario: undefined, warningsInShell: true }
  performance.mark('ecomarket:mocks-ready')

  await bootDashboard({
    scenario,
    startedAt: 0, // the page's own load counts from navigation start
    savedData: {},
    keepHistory: mocking,
    logCompletion: import.meta.env.DEV,
    live: true,
    render: async (dashboard) => {
      performance.mark('ecomarket:requests-started') // the boot calls this as soon as every request has left
      const [{ renderApp }, messages] = await Promise.all([rendering, catalog])
      applyDocumentLocale(locale, messages)
      renderApp(dashboard, { mocking, warnings, warningsInShell, locale, messages })
    },
  })
  requestAnimationFrame(() => performance.mark('ecomarket:first-frame'))
}

void boot()
