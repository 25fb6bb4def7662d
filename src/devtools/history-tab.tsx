import { useEffect, useState } from 'react'
import type { LoadRecorder } from '../metrics/load-recorder'
import { percentile } from '../metrics/percentile'
import { clearHistory, HISTORY_SIZE, readHistory, TTFD_GOAL_P95_MS, type HistoryEntry } from '../metrics/ttfd-history'

const CHART = { width: 400, height: 160 }

/** p50 and p95 of time to first data over the last loads, against the study's goal. */
export function HistoryTab({ recorder }: { recorder: LoadRecorder }) {
  const [history, setHistory] = useState<HistoryEntry[]>(() => readHistory())
  // main.tsx stores each completed load; re-read once it has.
  useEffect(() => recorder.onComplete(() => queueMicrotask(() => setHistory(readHistory()))), [recorder])

  const values = history.map((entry) => entry.ttfdMs)
  const p50 = percentile(values, 0.5)
  const p95 = percentile(values, 0.95)
  const top = Math.max(TTFD_GOAL_P95_MS, ...values) * 1.2 // headroom so the top rule's label shows
  const y = (value: number) => CHART.height - (value / top) * CHART.height
  const barWidth = CHART.width / HISTORY_SIZE

  return (
    <div className="history">
      <p>
        Time to first data over the last {history.length} of up to {HISTORY_SIZE} loads: p50 <strong>{p50 ?? '–'} ms</strong>, p95{' '}
        <strong>{p95 ?? '–'} ms</strong>.{' '}
        {p95 === undefined ? 'Load the dashboard to start a history.' : p95 < TTFD_GOAL_P95_MS ? `Meets the study's goal of p95 < ${TTFD_GOAL_P95_MS} ms.` : `Misses the study's goal of p95 < ${TTFD_GOAL_P95_MS} ms.`}
      </p>
      <svg className="history__chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={`Bar chart of ${history.length} loads' time to first data`}>
        {history.map((entry, i) => (
          // By position: stored entries may share a timestamp.
          <rect key={i} x={i * barWidth + 1} y={y(entry.ttfdMs)} width={barWidth - 2} height={CHART.height - y(entry.ttfdMs)} className="history__bar">
            <title>{`${Math.round(entry.ttfdMs)} ms${entry.scenario ? ` (${entry.scenario})` : ''}`}</title>
          </rect>
        ))}
        <Rule value={TTFD_GOAL_P95_MS} y={y} label={`goal p95 < ${TTFD_GOAL_P95_MS}`} className="history__rule--goal" />
        {p95 !== undefined && <Rule value={p95} y={y} label={`p95 ${p95}`} className="history__rule--p95" />}
        {p50 !== undefined && <Rule value={p50} y={y} label={`p50 ${p50}`} className="history__rule--p50" />}
      </svg>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          clearHistory()
          setHistory([])
        }}
      >
        Clear history
      </button>
    </div>
  )
}

function Rule({ value, y, label, className }: { value: number; y: (v: number) => number; label: string; className: string }) {
  return (
    <g className={className}>
      <line x1={0} x2={CHART.width} y1={y(value)} y2={y(value)} />
      <text x={CHART.width - 4} y={y(value) - 4} textAnchor="end">
        {label}
      </text>
    </g>
  )
}
