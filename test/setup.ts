import '@testing-library/jest-dom/vitest'
import { onlineManager } from '@tanstack/react-query'
import { cleanup } from '@testing-library/react'
import { format } from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from '../mocks/node'
import { setActiveScenario } from '../mocks/scenario-store'
import { defaultScenario } from '../mocks/scenarios'
import { takeUnexpectedConsole, watchConsole } from './console-guard'
import { clearTestClients } from './render'
import { loadNotificationActions } from '../src/sections/notifications/notifications-section'
// The products filter's view, imported here so its dynamic import settles within a test's own (fake) time.
import '../src/sections/products/filter-view'
import { loadAfterHydration, loadSharedAfterHydration } from '../src/ui/use-after-hydration'

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  // What the page loads once hydrated, loaded before any test, as a browser has it after the first
  // page: each section draws with it from its first hydrated render (src/ui/use-after-hydration.ts).
  await Promise.all([loadAfterHydration(loadSharedAfterHydration), loadAfterHydration(loadNotificationActions)])
})
beforeEach(() => {
  watchConsole()
  // A worker's files share one jsdom (vite.config.ts): each test starts from it as a fresh one is.
  onlineManager.setOnline(true)
  if (typeof window === 'undefined') return
  localStorage.clear()
  sessionStorage.clear()
  window.history.replaceState(null, '', '/')
  document.documentElement.removeAttribute('lang')
  // A streamed page's marks (src/app/streamed-page.ts), and any test's own readyState, go with it.
  document.documentElement.removeAttribute('data-delivery')
  Reflect.deleteProperty(document, 'readyState')
  document.body.replaceChildren()
  document.title = ''
})
afterEach(() => {
  cleanup()
  clearTestClients()
  server.resetHandlers()
  server.events.removeAllListeners()
  setActiveScenario(defaultScenario)
  vi.useRealTimers()
  // A console.error or console.warn that the test did not announce fails it.
  const unexpected = takeUnexpectedConsole()
  if (unexpected.length > 0)
    throw new Error(`Unexpected console output:\n${unexpected.map((args) => format(...args)).join('\n')}`)
})
afterAll(() => server.close())
