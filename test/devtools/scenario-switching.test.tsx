import { fireEvent, screen, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { findScenario } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import { advance } from '../render'
import { sectionState } from '../section-state'
import { renderDashboardWithPanel } from './dashboard-with-panel'

beforeEach(() => {
  vi.useFakeTimers()
})

// Scenarios whose answers would be visible if they arrived late: full lists, errors, slow data.
const sequence = [
  'slow',
  'documented',
  'products-error',
  'flaky',
  'notifications-timeout',
  'malformed',
  'all-down',
  'slow',
]
const pauses = [0, 35, 120, 10, 260, 90, 0, 180, 45, 510] // ms between switches: some mid-request, some after

// Twenty full reloads of the dashboard in jsdom: about 2 s alone, several times that on a busy machine.
test('20 quick scenario switches end showing only what the last scenario produced', { timeout: 20_000 }, async () => {
  const { client } = await renderDashboardWithPanel()
  fireEvent.click(screen.getByRole('button', { name: /mock api/i }))
  const panel = screen.getByRole('dialog')
  const choose = (id: string) => {
    fireEvent.click(within(panel).getByRole('radio', { name: new RegExp(`^${id}`) }))
    fireEvent.click(within(panel).getByRole('button', { name: 'Apply' }))
  }
  for (let i = 0; i < 19; i++) {
    choose(sequence[i % sequence.length])
    await advance(pauses[i % pauses.length])
  }

  // The 20th switch: from here on, every result the cache accepts must come from `empty`.
  const accepted: unknown[] = []
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') accepted.push(event.action.data)
  })
  choose('empty')
  expect(window.location.search).toBe('?scenario=empty')
  await advance(12_000)
  unsubscribe()

  expect(Object.fromEntries(endpointNames.map((name) => [name, sectionState(name)]))).toEqual(
    findScenario('empty')!.expect,
  )
  expect(accepted).toHaveLength(endpointNames.length)
  for (const data of accepted) {
    if ('items' in (data as object)) expect(data).toEqual({ items: [], omitted: 0 })
    else expect(data).toMatchObject({ item: { name: 'New member', ecoPoints: 0 }, omitted: 0 })
  }
  expect(screen.queryByText('Organic Apples')).not.toBeInTheDocument()
  expect(screen.queryByText('Lucía Fernández')).not.toBeInTheDocument()
})
