import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { outcomes } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import { setLiveStatus } from '../../src/api/live-status'
import { advance } from '../render'
import { sectionState } from '../section-state'
import { renderDashboardWithPanel } from './dashboard-with-panel'

const panel = () => screen.getByRole('dialog', { name: 'Developer panel' })
const toggle = () => screen.getByRole('button', { name: /mock api/i })

describe('developer panel', () => {
  test('the toggle opens it with focus inside, and Escape closes it and returns focus', async () => {
    const { user } = await renderDashboardWithPanel()
    await user.click(toggle())
    expect(toggle()).toHaveAttribute('aria-expanded', 'true')
    expect(within(panel()).getByRole('heading', { name: 'Developer panel' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(toggle()).toHaveFocus()
  })

  test('Alt+Shift+D opens and closes it', async () => {
    const { user } = await renderDashboardWithPanel()
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}')
    expect(panel()).toBeVisible()
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  test('it starts from the scenario in the URL and lists every scenario with its description', async () => {
    const { user } = await renderDashboardWithPanel('?scenario=slow&products=timeout')
    await user.click(toggle())
    expect(within(panel()).getByRole('radio', { name: /^slow/ })).toBeChecked()
    expect(
      within(panel()).getByRole('radio', { name: /notifications-timeout.*never beats the 2 s timeout/ }),
    ).toBeVisible()
    expect(within(panel()).getByRole('combobox', { name: 'Products outcome' })).toHaveValue('timeout')
    expect(within(panel()).getByRole('spinbutton', { name: 'Profile latency in milliseconds' })).toHaveValue(1500)
  })

  // On fake time, so each answer comes exactly when the scenario says; fireEvent, because user-event
  // waits on a real timer between actions (RTL's asyncWrapper fakes only Jest's timers).
  test('Apply reloads every section under the new scenario, without a page reload, and updates the URL', async () => {
    vi.useFakeTimers()
    await renderDashboardWithPanel()
    await advance(1_000)
    expect(endpointNames.map(sectionState)).toEqual(['data', 'data', 'data', 'data'])
    fireEvent.click(toggle())
    fireEvent.click(within(panel()).getByRole('radio', { name: /^malformed/ }))
    fireEvent.click(within(panel()).getByRole('button', { name: 'Apply' }))
    expect(window.location.search).toBe('?scenario=malformed')
    await advance(0)
    expect(endpointNames.map(sectionState)).toEqual(['loading', 'loading', 'loading', 'loading'])
    await advance(1_000)
    expect(endpointNames.map(sectionState)).toEqual(['data', 'data', 'invalid-data', 'invalid-data'])
  })

  test('per-endpoint controls override the scenario, and bad latencies are refused with a reason', async () => {
    vi.useFakeTimers()
    await renderDashboardWithPanel()
    fireEvent.click(toggle())
    const latency = within(panel()).getByRole('spinbutton', { name: 'Categories latency in milliseconds' })
    fireEvent.change(latency, { target: { value: '-3' } })
    expect(latency).toHaveAccessibleDescription(/whole milliseconds from 0 to 60000/)
    expect(within(panel()).getByRole('button', { name: 'Apply' })).toBeDisabled()
    fireEvent.change(latency, { target: { value: '0' } })
    const outcome = within(panel()).getByRole('combobox', { name: 'Categories outcome' })
    expect(
      within(outcome)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([...outcomes])
    expect(outcomes).toEqual(expect.arrayContaining(['partial', 'overlong']))
    fireEvent.change(outcome, { target: { value: 'malformed' } })
    fireEvent.click(within(panel()).getByRole('button', { name: 'Apply' }))
    expect(window.location.search).toBe('?categories=malformed@0')
    await advance(1_000)
    expect(sectionState('categories')).toBe('invalid-data')
    expect(sectionState('products')).toBe('data')
  })

  test('it says what the live socket is doing, and when it has stopped trying', async () => {
    const { user, queryClient } = await renderDashboardWithPanel()
    await user.click(toggle())
    const line = within(panel())
      .getAllByRole('status')
      .find((status) => status.textContent?.startsWith('Live socket:'))!
    expect(line).toHaveTextContent('Live socket: not started yet')
    act(() => setLiveStatus(queryClient, { state: 'open', url: 'ws://localhost/api/notifications/live' }))
    expect(line).toHaveTextContent('Live socket: open at ws://localhost/api/notifications/live')
    act(() => setLiveStatus(queryClient, { state: 'stopped', url: 'ws://localhost/nowhere', failed: 3 }))
    expect(line).toHaveTextContent(
      'Live socket: stopped after 3 failed tries at ws://localhost/nowhere (refused, or closed at once); notifications poll every 60 s. It tries again when the tab is shown again or the browser comes back online.',
    )
    act(() => setLiveStatus(queryClient, { state: 'off' }))
    expect(line).toHaveTextContent(
      "Live socket: none: the page's setting has no socket, so notifications poll every 60 s.",
    )
  })
})
