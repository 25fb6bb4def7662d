import { QueryCache } from '@tanstack/react-query'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { HistoryTab } from '../../src/devtools/history-tab'
import { createLoadRecorder } from '../../src/metrics/load-recorder'
import { appendHistory, clearHistory } from '../../src/metrics/ttfd-history'

afterEach(() => clearHistory())

const cellsOf = (scenario: string) =>
  Array.from(screen.getByRole('row', { name: new RegExp(`^${scenario}`) }).children, (cell) => cell.textContent)

test('History gives each scenario its own p50 and p95, so one flaky load never sinks the documented one', () => {
  // documented: 100, 110 … 290 ms (p50 190, p95 280); flaky: three slow loads.
  Array.from({ length: 20 }, (_, i) => 100 + i * 10).forEach((ttfdMs, i) =>
    appendHistory({ at: i, ttfdMs, scenario: 'documented' }),
  )
  ;[1_200, 450, 400].forEach((ttfdMs, i) => appendHistory({ at: 100 + i, ttfdMs, scenario: 'flaky' }))
  appendHistory({ at: 200, ttfdMs: 300 })
  const recorder = createLoadRecorder(new QueryCache())
  recorder.beginLoad({ scenario: 'flaky' })
  render(<HistoryTab recorder={recorder} />)

  expect(cellsOf('documented')).toEqual(['documented', '20', '190 ms', '280 ms', 'meets the goal'])
  expect(cellsOf('flaky')).toEqual(['flaky', '3', '450 ms', '1200 ms', 'misses the goal'])
  expect(cellsOf('no scenario recorded')).toEqual(['no scenario recorded', '1', '300 ms', '300 ms', 'meets the goal'])
  // The chart starts on the running load's scenario and can show another.
  expect(screen.getByRole('img')).toHaveAccessibleName("Bar chart of 3 flaky loads' time to first data")
  expect(within(screen.getByRole('img')).getByText('p95 1200')).toBeInTheDocument()
  fireEvent.change(screen.getByRole('combobox', { name: 'Chart' }), { target: { value: 'documented' } })
  expect(within(screen.getByRole('img')).getByText('p50 190')).toBeInTheDocument()
  expect(within(screen.getByRole('img')).getByText('p95 280')).toBeInTheDocument()
})

test('Clear history empties it', () => {
  appendHistory({ at: 1, ttfdMs: 150, scenario: 'documented' })
  render(<HistoryTab recorder={createLoadRecorder(new QueryCache())} />)
  fireEvent.click(screen.getByRole('button', { name: 'Clear history' }))
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  expect(screen.getByText('Load the dashboard to start a history.')).toBeVisible()
})

test('hostile stored entries are left out of the table and chart: no error, no negative bars', () => {
  localStorage.setItem(
    'ecomarket:ttfd-history',
    '[{"scenario": {"toString": 1}, "at": 1, "ttfdMs": 100}, {"at": 2, "ttfdMs": -400}, {"at": 3, "ttfdMs": 1e999},' +
      ' {"at": 4, "ttfdMs": 180, "scenario": "documented"}, {"at": 4, "ttfdMs": 240}]',
  )
  render(<HistoryTab recorder={createLoadRecorder(new QueryCache())} />)
  expect(screen.getByText(/over the last 2 of up to 50 loads/)).toBeVisible()
  expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3) // the header and two scenarios
  expect(cellsOf('documented')).toEqual(['documented', '1', '180 ms', '180 ms', 'meets the goal'])
  expect(cellsOf('no scenario recorded')).toEqual(['no scenario recorded', '1', '240 ms', '240 ms', 'meets the goal'])
  const barsOf = () => [...screen.getByRole('img').querySelectorAll('rect')]
  for (const scenario of ['documented', 'no scenario recorded']) {
    fireEvent.change(screen.getByRole('combobox', { name: 'Chart' }), { target: { value: scenario } })
    for (const bar of barsOf()) expect(Number(bar.getAttribute('height'))).toBeGreaterThanOrEqual(0)
  }
  expect(barsOf().map((bar) => bar.querySelector('title')?.textContent)).toEqual(['240 ms'])
})
