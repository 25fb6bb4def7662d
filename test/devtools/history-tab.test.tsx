import { render, screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { createQueryClient } from '../../src/api/query-client'
import { HistoryTab } from '../../src/devtools/history-tab'
import { createLoadRecorder } from '../../src/metrics/load-recorder'
import { clearHistory } from '../../src/metrics/ttfd-history'

afterEach(() => clearHistory())

test('hostile stored entries are left out of the chart: no error, no negative bars', () => {
  localStorage.setItem(
    'ecomarket:ttfd-history',
    '[{"scenario": {"toString": 1}, "at": 1, "ttfdMs": 100}, {"at": 2, "ttfdMs": -400}, {"at": 3, "ttfdMs": 1e999},' +
      ' {"at": 4, "ttfdMs": 180, "scenario": "documented"}, {"at": 4, "ttfdMs": 240}]',
  )
  const recorder = createLoadRecorder(createQueryClient().getQueryCache())
  render(<HistoryTab recorder={recorder} />)
  const chart = screen.getByRole('img', { name: "Bar chart of 2 loads' time to first data" })
  const bars = [...chart.querySelectorAll('rect')]
  expect(bars.map((bar) => bar.querySelector('title')?.textContent)).toEqual(['180 ms (documented)', '240 ms'])
  for (const bar of bars) expect(Number(bar.getAttribute('height'))).toBeGreaterThanOrEqual(0)
  expect(screen.getByText(/over the last 2 of up to 50 loads/)).toBeVisible()
})
