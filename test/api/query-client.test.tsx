import { onlineManager } from '@tanstack/react-query'
import { alertWording } from '../contract'
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { advance, renderWithClient, setScenarioFromUrl } from '../render'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  onlineManager.setOnline(true)
})

test("while TanStack Query counts the browser offline, a section still asks and shows its error, instead of pausing behind its skeleton (networkMode 'always')", async () => {
  onlineManager.setOnline(false)
  setScenarioFromUrl('?categories=offline@0')
  const asked: string[] = []
  server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname))
  renderWithClient(<CategoriesSection />)
  await advance(12_000)
  const categories = screen.getByRole('region', { name: 'Categories' })
  expect(categories).toHaveAttribute('aria-busy', 'false')
  expect(within(categories).getByRole('alert')).toHaveTextContent(alertWording.offline)
  expect(asked.filter((path) => path === '/api/categories').length).toBeGreaterThan(1) // the first try and its retries
})

test('a section that loads while TanStack Query counts the browser offline shows its data', async () => {
  onlineManager.setOnline(false)
  renderWithClient(<CategoriesSection />)
  await advance(300)
  expect(within(screen.getByRole('region', { name: 'Categories' })).getByText('Pantry')).toBeVisible()
})
