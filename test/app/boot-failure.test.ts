import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { loadOrShowFailure } from '../../src/app/boot-failure'
import { allowConsole } from '../console-guard'
import { advance } from '../render'

const lostChunk = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/render-app.js'))

afterEach(() => {
  document.getElementById('boot-failure')?.remove()
  document.getElementById('root')?.remove()
  document.documentElement.lang = 'en'
})

test('a module that loads is handed on, and nothing is shown', async () => {
  await expect(loadOrShowFailure(Promise.resolve({ renderApp: 'ok' }))).resolves.toEqual({ renderApp: 'ok' })
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('a chunk that fails to load says so, with a Reload button that reloads', async () => {
  allowConsole(/code failed to load/)
  vi.useFakeTimers()
  const reload = vi.fn()
  let settled = false
  void loadOrShowFailure(lostChunk(), { reload }).then(() => (settled = true))
  await advance(60_000)
  const alert = screen.getByRole('alert')
  expect(alert).toHaveTextContent("The dashboard couldn't finish loading")
  expect(alert).toHaveTextContent('Reload to try again')
  fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }))
  expect(reload).toHaveBeenCalledTimes(1)
  // Boot stops: however long it waits, what came after the import never runs on a module that isn't there.
  expect(settled).toBe(false)
})

test('offline, it says so and reloads by itself when the connection is back', async () => {
  allowConsole(/code failed to load/)
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  const reload = vi.fn()
  void loadOrShowFailure(lostChunk(), { reload })
  expect(await screen.findByRole('alert')).toHaveTextContent("You're offline. The page will load by itself")
  expect(reload).not.toHaveBeenCalled()
  window.dispatchEvent(new Event('online'))
  expect(reload).toHaveBeenCalledTimes(1)
  window.dispatchEvent(new Event('online'))
  expect(reload).toHaveBeenCalledTimes(1)
})

test('two failures show one message', async () => {
  allowConsole(/code failed to load/)
  vi.useFakeTimers()
  void loadOrShowFailure(lostChunk(), { reload: vi.fn() })
  void loadOrShowFailure(lostChunk(), { reload: vi.fn() })
  await advance(60_000)
  expect(console.error).toHaveBeenCalledTimes(2) // both failures were handled, and reported…
  expect(screen.getAllByRole('alert')).toHaveLength(1) // …under one message
})

test("in Spanish it speaks Spanish, and the loading shell that can't finish is hidden", async () => {
  allowConsole(/code failed to load/)
  document.documentElement.lang = 'es'
  const root = Object.assign(document.createElement('div'), { id: 'root' })
  document.body.append(root)
  void loadOrShowFailure(lostChunk(), { reload: vi.fn() })
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('No se ha podido terminar de cargar el panel')
  expect(within(alert).getByRole('button', { name: 'Recargar' })).toBeVisible()
  expect(root).not.toBeVisible()
})
