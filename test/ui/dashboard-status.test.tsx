import { fireEvent, screen, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { setActiveScenario } from '../../mocks/scenario-store'
import { defaultScenario } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import type { Locale } from '../../src/i18n/locale'
import { advance, renderDashboard as bootAndRender, setScenario } from '../render'

beforeEach(() => {
  vi.useFakeTimers()
})

async function renderDashboard(locale: Locale = 'en') {
  const result = await bootAndRender({ locale })
  await vi.dynamicImportSettled() // the watcher behind the live region loads after the first render
  return result
}

const lines = () =>
  within(screen.getByRole('log'))
    .queryAllByRole('paragraph')
    .map((p) => p.textContent)

test('the live region is there, empty, from the first render, then says each arrival once in order', async () => {
  await bootAndRender()
  expect(screen.getByRole('log')).toBeEmptyDOMElement()
  await vi.dynamicImportSettled()
  await advance(700)
  expect(lines()).toEqual(['Categories loaded', 'Products loaded', 'Notifications loaded', 'Profile loaded'])
})

test('in Spanish, too', async () => {
  await renderDashboard('es')
  await advance(700)
  expect(lines()).toEqual([
    'Sección Categorías cargada',
    'Sección Productos cargada',
    'Sección Notificaciones cargada',
    'Sección Perfil cargada',
  ])
})

test('a flaky load says each retry, then each arrival once', async () => {
  setScenario('flaky')
  await renderDashboard()
  await advance(12_000)
  for (const section of ['Categories', 'Products'])
    expect(lines().filter((line) => line?.startsWith(section))).toEqual([
      `${section}: retrying (1 of 3)`,
      `${section}: retrying (2 of 3)`,
      `${section} loaded`,
    ])
  expect(lines().filter((line) => /^(Profile|Notifications) loaded$/.test(line ?? ''))).toHaveLength(2)
})

test('when every section has failed, the page says so once, and Retry all brings them back', async () => {
  setScenario('all-down')
  await renderDashboard()
  expect(screen.queryByRole('button', { name: 'Retry all' })).not.toBeInTheDocument()
  await advance(12_000)
  expect(screen.getAllByRole('alert')).toHaveLength(endpointNames.length)
  expect(lines().at(-1)).toBe('Nothing on your dashboard could be loaded.')
  expect(lines().filter((line) => line?.startsWith('Nothing'))).toHaveLength(1)
  setActiveScenario(defaultScenario)
  fireEvent.click(screen.getByRole('button', { name: 'Retry all' }))
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  await advance(0)
  expect(screen.queryByRole('button', { name: 'Retry all' })).not.toBeInTheDocument()
  await advance(700)
  expect(screen.queryAllByRole('alert')).toHaveLength(0)
  expect(lines()).toContain('Profile loaded after retrying')
})

test('one failed section is not the whole page failing', async () => {
  setScenario('products-error')
  await renderDashboard()
  await advance(12_000)
  expect(screen.getAllByRole('alert')).toHaveLength(1)
  expect(screen.queryByRole('button', { name: 'Retry all' })).not.toBeInTheDocument()
  expect(screen.getByText("What's new with your orders, offers and eco-points.")).toBeVisible()
})
