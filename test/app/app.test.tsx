import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { LOCALE_STORAGE_KEY } from '../../src/i18n/locale'
import { sectionNames } from '../contract'
import { advance, renderDashboard } from '../render'

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') })
})
afterEach(() => {
  localStorage.clear()
  document.documentElement.lang = 'en'
})

test('the switcher turns the page Spanish, with <html lang>, the title and Spanish formats, and remembers it', async () => {
  await renderDashboard()
  await advance(700)
  const languages = screen.getByRole('group', { name: 'Language' })
  expect(within(languages).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  fireEvent.click(within(languages).getByRole('button', { name: 'Español' }))
  await vi.dynamicImportSettled() // the Spanish catalog loads on demand
  await advance(0)
  expect(document.documentElement.lang).toBe('es')
  expect(document.title).toBe('EcoMarket · Tu panel')
  expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es')
  expect(screen.getByRole('group', { name: 'Idioma' })).toBeInTheDocument()
  for (const name of Object.values(sectionNames.es))
    expect(screen.getByRole('region', { name })).toHaveAttribute('aria-busy', 'false')
  const products = screen.getByRole('region', { name: 'Productos' })
  expect(within(products).getAllByRole('listitem')[0]).toHaveTextContent(/3,49\s€/)
  expect(within(screen.getByRole('region', { name: 'Perfil' })).getByText('Eco-puntos').nextSibling).toHaveTextContent(
    '2480',
  )
  expect(within(screen.getByRole('region', { name: 'Notificaciones' })).getAllByRole('listitem')[0]).toHaveTextContent(
    'hace 4 minutos',
  )
})
