import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { advance } from '../render'
import { sectionState } from '../section-state'
import { renderDashboardWithPanel } from './dashboard-with-panel'

beforeEach(() => {
  vi.useFakeTimers()
})

const toggle = () => screen.getByRole('button', { name: /mock api/i })
const panel = () => screen.getByRole('dialog', { name: 'Developer panel' })
const openTab = (name: string) => {
  if (!screen.queryByRole('dialog')) fireEvent.click(toggle())
  fireEvent.click(within(panel()).getByRole('tab', { name }))
}
const sectionGroup = (label: string) => within(panel()).getByRole('group', { name: label })
/** The Requests tab's log, as rows of its cells' text. */
const logRows = () =>
  within(within(panel()).getByRole('table', { name: 'Requests the mock API saw' }))
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.children.length > 1) // not an opened body
    .map((row) => Array.from(row.children, (cell) => cell.textContent))

describe('the pill', () => {
  test('shows the whole selection, overrides included, and follows a change', async () => {
    await renderDashboardWithPanel('?scenario=flaky&products=error')
    expect(toggle()).toHaveTextContent('flaky, products=error')
    openTab('Scenarios')
    fireEvent.click(within(panel()).getByRole('radio', { name: /^slow/ }))
    fireEvent.click(within(panel()).getByRole('button', { name: 'Apply' }))
    expect(toggle()).toHaveTextContent(/Mock API\s*slow$/)
  })
})

describe('Requests tab', () => {
  test('lists each request of a flaky load with its attempt, status, latency and size, and shows a body on demand', async () => {
    await renderDashboardWithPanel('?scenario=flaky')
    await advance(3_000)
    openTab('Requests')
    const products = logRows().filter((cells) => cells[1] === 'Products')
    expect(products.map((cells) => [cells[2], cells[3]])).toEqual([
      ['1', '503'],
      ['2', '503'],
      ['3', '200'],
    ])
    expect(products[2][4]).toMatch(/^\d+ ms$/)
    expect(products[2][5]).toMatch(/KB$/)
    const lastRow = within(panel())
      .getAllByRole('row')
      .filter((row) => row.textContent?.startsWith(`${products[2][0]}Products`))[0]
    fireEvent.click(within(lastRow).getByRole('button', { name: 'Show' }))
    expect(within(panel()).getByLabelText(/Response body/)).toHaveTextContent('"name": "Organic Apples"')
  })

  test('says how many items each request and each section left out', async () => {
    await renderDashboardWithPanel('?products=partial&categories=overlong')
    await advance(700)
    openTab('Requests')
    const leftOut = (name: string) => logRows().find((cells) => cells[1] === name)![6]
    expect(leftOut('Products')).toBe('3')
    expect(leftOut('Categories')).toBe('50')
    expect(leftOut('Profile')).toBe('0')
    expect(within(sectionGroup('Products')).getByText(/^data, 3 left out/)).toBeVisible()
    expect(within(sectionGroup('Categories')).getByText(/^data, 50 left out/)).toBeVisible()
    expect(within(sectionGroup('Profile')).getByText(/^data(, stale)?$/)).toBeVisible()

    fireEvent.click(within(panel()).getByRole('tab', { name: 'Timeline' }))
    const rows = within(within(panel()).getByRole('list', { name: 'Sections of this load' })).getAllByRole('listitem')
    const row = (name: string) => rows.find((item) => item.textContent?.includes(name))!
    expect(row('Products')).toHaveTextContent(/data at \d+ ms, 3 left out/)
    expect(row('Categories')).toHaveTextContent(/data at \d+ ms, 50 left out/)
    expect(row('Profile')).not.toHaveTextContent('left out')
  })

  test('Force sets a section’s state through the scenario, in the URL and the pill, and leaves the others alone', async () => {
    await renderDashboardWithPanel()
    await advance(600)
    openTab('Requests')
    fireEvent.change(within(sectionGroup('Products')).getByRole('combobox', { name: 'Products state to force' }), {
      target: { value: 'http' },
    })
    fireEvent.click(within(sectionGroup('Products')).getByRole('button', { name: 'Force' }))
    await advance(10)
    expect(sectionState('products')).toBe('loading')
    await advance(5_000)
    expect(sectionState('products')).toBe('http')
    expect(within(sectionGroup('Products')).getByText('error: http')).toBeVisible()
    expect(window.location.search).toBe('?products=error')
    expect(toggle()).toHaveTextContent('documented, products=error')
    expect(['categories', 'profile', 'notifications'].map((name) => sectionState(name as 'profile'))).toEqual([
      'data',
      'data',
      'data',
    ])

    fireEvent.change(within(sectionGroup('Products')).getByRole('combobox'), { target: { value: 'scenario' } })
    fireEvent.click(within(sectionGroup('Products')).getByRole('button', { name: 'Force' }))
    await advance(600)
    expect(sectionState('products')).toBe('data')
    expect(window.location.search).toBe('')
  })

  test('Force loading holds a section in its skeleton until Reset; Refetch and Invalidate each send a request', async () => {
    await renderDashboardWithPanel()
    await advance(600)
    openTab('Requests')
    const products = () => sectionGroup('Products')
    fireEvent.click(within(products()).getByRole('button', { name: 'Force' })) // loading is the first choice
    await advance(10_000)
    expect(sectionState('products')).toBe('loading')
    expect(within(products()).getByText('loading (held)')).toBeVisible()

    fireEvent.click(within(products()).getByRole('button', { name: 'Reset' }))
    await advance(600)
    expect(sectionState('products')).toBe('data')

    const productRequests = () => logRows().filter((cells) => cells[1] === 'Products').length
    const before = productRequests()
    fireEvent.click(within(products()).getByRole('button', { name: 'Refetch' }))
    await advance(600)
    fireEvent.click(within(products()).getByRole('button', { name: 'Invalidate' }))
    await advance(600)
    expect(productRequests()).toBe(before + 2)
    expect(sectionState('products')).toBe('data')
  })
})

describe('panel tabs', () => {
  test('follow the WAI-ARIA keyboard pattern: arrows move and wrap, Home and End jump, focus follows', async () => {
    await renderDashboardWithPanel()
    openTab('Scenarios')
    const tabs = within(panel()).getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['Scenarios', 'Requests', 'Timeline', 'History', 'Strategies'])
    const selected = () => within(panel()).getByRole('tab', { selected: true })
    const press = (key: string) => fireEvent.keyDown(selected(), { key })

    press('ArrowRight')
    expect(selected()).toHaveTextContent('Requests')
    expect(selected()).toHaveFocus()
    expect(within(panel()).getByRole('tabpanel', { name: 'Requests' })).toBeVisible()
    press('ArrowLeft')
    press('ArrowLeft')
    expect(selected()).toHaveTextContent('Strategies')
    press('ArrowRight')
    expect(selected()).toHaveTextContent('Scenarios')
    press('End')
    expect(selected()).toHaveTextContent('Strategies')
    expect(selected()).toHaveFocus()
    press('Home')
    expect(selected()).toHaveTextContent('Scenarios')
    expect(tabs.filter((t) => t.tabIndex === 0)).toEqual([selected()])
  })
})

describe('TanStack Query devtools toggle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  test('shows the devtools inside the panel, listing the dashboard queries, and hides them again', async () => {
    // What the devtools use from the browser and jsdom lacks: the colour-scheme query and a resize observer.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }))
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    )
    await renderDashboardWithPanel()
    await advance(600)
    fireEvent.click(toggle())
    fireEvent.click(within(panel()).getByRole('button', { name: 'Show TanStack Query devtools' }))
    await advance(100)
    const devtools = within(panel()).getByRole('region', { name: 'TanStack Query devtools' })
    // Its list is virtualised (no rows without layout in jsdom); its counters show the four queries.
    await vi.waitFor(() => expect(within(devtools).getByLabelText('Fresh: 4')).toBeInTheDocument())
    fireEvent.click(within(panel()).getByRole('button', { name: 'Hide TanStack Query devtools' }))
    expect(within(panel()).queryByRole('region', { name: 'TanStack Query devtools' })).not.toBeInTheDocument()
  })
})

describe('Strategies tab', () => {
  test('runs from fresh attempt counts: after a flaky load, each strategy still meets the first failures', async () => {
    await renderDashboardWithPanel('?scenario=flaky')
    await advance(3_000) // the dashboard's own load used up the flaky attempts
    openTab('Strategies')
    fireEvent.click(within(panel()).getByRole('button', { name: 'Run all five' }))
    await advance(20_000)
    expect(within(panel()).getByRole('status')).toHaveTextContent('Done: 5 strategies ran.')
    // Products and categories fail their first two attempts, and the lab never retries: 2 of 4 for the first strategy and the last.
    for (const name of [/^Sequential/, /^Progressive/]) {
      expect(within(within(panel()).getByRole('row', { name })).getAllByRole('cell')[2]).toHaveTextContent('2/4')
    }
  })
})
