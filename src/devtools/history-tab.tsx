import { useEffect, useState } from 'react'
import type { LoadRecorder } from '../metrics/load-recorder'
import { percentile } from '../metrics/percentile.mjs'
import { clearHistory, HISTORY_SIZE, readHistory, TTFD_GOAL_P95_MS, type HistoryEntry } from '../metrics/ttfd-history'

const CHART = { width: 400, height: 160 }
const UNNAMED = 'no scenario recorded'

interface ScenarioGroup {
  scenario: string
  values: number[]
  p50: number
  p95: number
}

/** Loads grouped by the scenario they ran under: a flaky load says nothing about the documented one. */
export function groupByScenario(history: readonly HistoryEntry[]): ScenarioGroup[] {
  const byScenario = new Map<string, number[]>()
  for (const entry of history) {
    const scenario = entry.scenario ?? UNNAMED
    byScenario.set(scenario, [...(byScenario.get(scenario) ?? []), entry.ttfdMs])
  }
  return [...byScenario].map(([scenario, values]) => ({
    scenario,
    values,
    p50: percentile(values, 0.5)!,
    p95: percentile(values, 0.95)!,
  }))
}

const verdict = (p95: number) => (p95 < TTFD_GOAL_P95_MS ? 'meets the goal' : 'misses the goal')

/** p50 and p95 of time to first data per scenario over the last loads, against the study's goal. */
export function HistoryTab({ recorder }: { recorder: LoadRecorder }) {
  const [history, setHistory] = useState<HistoryEntry[]>(() => readHistory())
  const [chosen, setChosen] = useState<string | undefined>()
  // main.tsx stores each completed load; re-read once it has.
  useEffect(() => recorder.onComplete(() => queueMicrotask(() => setHistory(readHistory()))), [recorder])

  const groups = groupByScenario(history)
  const current = recorder.getSnapshot().scenario
  const shown = groups.find((g) => g.scenario === chosen) ?? groups.find((g) => g.scenario === current) ?? groups[0]

  return (
    <div className="history">
      <p>
        Time to first data over the last {history.length} of up to {HISTORY_SIZE} loads, per scenario, against the
        study's goal of p95 &lt; {TTFD_GOAL_P95_MS} ms.
      </p>
      {shown ? (
        <>
          <table className="history__table">
            <caption className="visually-hidden">Time to first data per scenario</caption>
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">Loads</th>
                <th scope="col">p50</th>
                <th scope="col">p95</th>
                <th scope="col">Goal</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.scenario}>
                  <th scope="row">{group.scenario}</th>
                  <td>{group.values.length}</td>
                  <td>{group.p50} ms</td>
                  <td>{group.p95} ms</td>
                  <td>{verdict(group.p95)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <label className="history__choice">
            Chart{' '}
            <select value={shown.scenario} onChange={(event) => setChosen(event.target.value)}>
              {groups.map((group) => (
                <option key={group.scenario}>{group.scenario}</option>
              ))}
            </select>
          </label>
          <Chart group={shown} />
        </>
      ) : (
        <p>Load the dashboard to start a history.</p>
      )}
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

function Chart({ group }: { group: ScenarioGroup }) {
  const top = Math.max(TTFD_GOAL_P95_MS, ...group.values) * 1.2 // headroom so the top rule's label shows
  const y = (value: number) => CHART.height - (value / top) * CHART.height
  const barWidth = CHART.width / HISTORY_SIZE
  return (
    <svg
      className="history__chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={`Bar chart of ${group.values.length} ${group.scenario} loads' time to first data`}
    >
      {group.values.map((value, i) => (
        // By position: stored entries may share a value or a timestamp.
        <rect
          key={i}
          x={i * barWidth + 1}
          y={y(value)}
          width={barWidth - 2}
          height={CHART.height - y(value)}
          className="history__bar"
        >
          <title>{`${Math.round(value)} ms`}</title>
        </rect>
      ))}
      {/* Each label at its own place along the line, so close values never print over each other. */}
      <Rule
        value={TTFD_GOAL_P95_MS}
        y={y}
        label={`goal p95 < ${TTFD_GOAL_P95_MS}`}
        at="start"
        className="history__rule--goal"
      />
      <Rule value={group.p50} y={y} label={`p50 ${group.p50}`} at="middle" className="history__rule--p50" />
      <Rule value={group.p95} y={y} label={`p95 ${group.p95}`} at="end" className="history__rule--p95" />
    </svg>
  )
}

interface RuleProps {
  value: number
  y: (v: number) => number
  label: string
  at: 'start' | 'middle' | 'end'
  className: string
}

function Rule({ value, y, label, at, className }: RuleProps) {
  const x = { start: 4, middle: CHART.width * 0.6, end: CHART.width - 4 }[at]
  return (
    <g className={className}>
      <line x1={0} x2={CHART.width} y1={y(value)} y2={y(value)} />
      <text x={x} y={y(value) - 4} textAnchor={at}>
        {label}
      </text>
    </g>
  )
}
