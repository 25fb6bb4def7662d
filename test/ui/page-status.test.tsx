import { onlineManager } from '@tanstack/react-query'
import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { alertWording } from '../contract'
import { advance, renderDashboard, setScenarioFromUrl } from '../render'

const region = (label: string) => screen.getByRole('region', { name: label })

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  onlineManager.setOnline(true)
})

test('back online, a section that failed as offline refetches by itself, within its retry budget', async () => {
  setScenarioFromUrl('?products=offline@0')
  await renderDashboard()
  await advance(endpoints.products.retry.budgetMs)
  expect(within(region('Products')).getByRole('alert')).toHaveTextContent(alertWording.offline)
  onlineManager.setOnline(false)
  await advance(0)
  // One banner for the page, in a polite live region, saying what is still shown.
  expect(
    screen.getAllByRole('status').filter((status) => /you're offline\./i.test(status.textContent ?? '')),
  ).toHaveLength(1)
  expect(screen.getByText(/still see everything already loaded/i)).toBeVisible()
  setScenarioFromUrl('') // the connection is back: the API answers again
  onlineManager.setOnline(true)
  await advance(0)
  expect(screen.queryByText(/you're offline\./i)).not.toBeInTheDocument()
  expect(region('Products')).toHaveAttribute('aria-busy', 'true')
  await advance(endpoints.products.retry.budgetMs)
  expect(within(region('Products')).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  expect(screen.queryAllByRole('alert')).toHaveLength(0)
})

test('back online, a timeout refetches too, but a body that failed validation waits for Retry', async () => {
  setScenarioFromUrl('?notifications=timeout&profile=malformed')
  await renderDashboard()
  await advance(endpoints.notifications.timeoutMs + 100)
  expect(within(region('Notifications')).getByRole('alert')).toHaveTextContent(alertWording.timeout)
  expect(within(region('Profile')).getByRole('alert')).toHaveTextContent(alertWording['invalid-data'])
  setScenarioFromUrl('')
  onlineManager.setOnline(false)
  onlineManager.setOnline(true)
  await advance(1_000)
  expect(within(region('Notifications')).queryByRole('alert')).not.toBeInTheDocument()
  expect(within(region('Profile')).getByRole('alert')).toHaveTextContent(alertWording['invalid-data'])
})

test('two or more failed sections bring one Retry all, which reloads every failed section', async () => {
  setScenarioFromUrl('?scenario=all-down')
  await renderDashboard()
  await advance(endpoints.products.retry.budgetMs)
  expect(screen.getAllByRole('alert')).toHaveLength(endpointNames.length)
  const retryAll = screen.getByRole('button', { name: 'Retry all' })
  setScenarioFromUrl('')
  fireEvent.click(retryAll)
  await advance(0)
  expect(screen.queryByRole('button', { name: 'Retry all' })).not.toBeInTheDocument()
  await advance(1_000)
  expect(screen.queryAllByRole('alert')).toHaveLength(0)
  expect(screen.getAllByRole('region').every((r) => r.getAttribute('aria-busy') === 'false')).toBe(true)
})

test('one failed section brings no Retry all: its own Retry is enough', async () => {
  setScenarioFromUrl('?products=error@0')
  await renderDashboard()
  await advance(endpoints.products.retry.budgetMs)
  expect(screen.getAllByRole('alert')).toHaveLength(1)
  expect(screen.queryByRole('button', { name: 'Retry all' })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Refresh all' })).toBeVisible()
})
