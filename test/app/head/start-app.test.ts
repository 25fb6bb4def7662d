import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { startApp } from '../../../src/app/head/start-app'
import { STREAMED_EVENT } from '../../../src/app/streamed-page'
import { allowConsole } from '../../console-guard'

// The page's loader (src/app/head/start-app.ts): when the app starts, what it preloads, and what
// a shopper sees when the app's script can't be loaded.

const config = {
  entry: '/assets/main.js',
  preload: ['/assets/main.js', '/assets/app.js'],
  streamed: ['/assets/streamed-answers.js'],
  catalogs: { en: '/assets/en.js' },
}
const preloads = () =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
  document.documentElement.lang = 'en'
  document.body.innerHTML =
    '<div id="root"><section aria-labelledby="products-heading" aria-busy="true"></section></div>'
})
afterEach(() => {
  delete document.documentElement.dataset.delivery
  document.head.querySelectorAll('link').forEach((link) => link.remove())
  document.body.innerHTML = ''
})

test('a static page starts the app after its first frame', async () => {
  const importModule = vi.fn(() => Promise.resolve({}))
  startApp(config, importModule)
  expect(importModule).not.toHaveBeenCalled()
  await vi.advanceTimersByTimeAsync(20) // a frame, then the task after it
  expect(importModule).toHaveBeenCalledExactlyOnceWith('/assets/main.js')
})

test('a streamed page preloads the app after its first section’s frame, and starts it once the document is complete', async () => {
  document.documentElement.dataset.delivery = 'streamed'
  const importModule = vi.fn(() => Promise.resolve({}))
  startApp(config, importModule)
  expect(preloads()).toEqual([])
  document.dispatchEvent(new CustomEvent(STREAMED_EVENT, { detail: 'categories' }))
  expect(preloads()).toEqual([]) // the section paints first
  await vi.advanceTimersByTimeAsync(20)
  expect(preloads()).toEqual(['/assets/main.js', '/assets/app.js', '/assets/streamed-answers.js', '/assets/en.js'])
  await vi.advanceTimersByTimeAsync(100)
  expect(importModule).not.toHaveBeenCalled() // sections are still arriving
  document.dispatchEvent(new Event('DOMContentLoaded'))
  await vi.advanceTimersByTimeAsync(20)
  expect(importModule).toHaveBeenCalledExactlyOnceWith('/assets/main.js')
  expect(preloads()).toHaveLength(4) // not preloaded twice
})

test('an entry that fails to load is asked for once more, under another URL', async () => {
  const importModule = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({})
  startApp(config, importModule)
  await vi.advanceTimersByTimeAsync(20)
  expect(importModule.mock.calls).toEqual([['/assets/main.js'], ['/assets/main.js?retry=1']])
  expect(document.getElementById('boot-failure')).toBeNull()
})

test('an entry lost twice shows the alert with Reload; a streamed page keeps its sections', async () => {
  allowConsole(/failed to load/i)
  document.documentElement.dataset.delivery = 'streamed'
  document.body.insertAdjacentHTML(
    'beforeend',
    '<div class="streamed" data-section="products"><section aria-labelledby="products-heading" aria-busy="false">We couldn’t load products</section></div>',
  )
  const importModule = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
  startApp(config, importModule)
  document.dispatchEvent(new Event('DOMContentLoaded'))
  await vi.advanceTimersByTimeAsync(20)
  const alert = document.getElementById('boot-failure')!
  expect(alert).toHaveAttribute('role', 'alert')
  expect(alert.querySelector('button')).toHaveTextContent('Reload')
  expect(document.getElementById('root')).not.toHaveAttribute('hidden')
  // The section the app would have retried shows the server's message in its place.
  expect(document.querySelector('#root section')).toHaveTextContent('We couldn’t load products')
})

test('a piece of the app lost after the entry (its catalog, say) gets the same message', async () => {
  allowConsole(/failed to load/i)
  const { loadOrReport } = await import('../../../src/app/boot-events')
  startApp(config, () => new Promise(() => {}))
  let settled = false
  void loadOrReport(Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/es.js'))).then(
    () => (settled = true),
  )
  await vi.advanceTimersByTimeAsync(0)
  expect(document.getElementById('boot-failure')).toHaveTextContent("The dashboard couldn't finish loading")
  expect(settled).toBe(false) // boot stops there
})
