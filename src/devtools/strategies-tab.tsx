import { Fragment, useState } from 'react'
import { resetAttempts } from '../../mocks/scenario-store'
import { endpointNames } from '../api/endpoints'
import { labTasks } from './strategy-lab/lab-tasks'
import { strategies, type Delivery, type StrategyResult } from './strategy-lab/strategies'

const ms = (value: number | null) => (value === null ? 'error' : `${Math.round(value)} ms`)
const describeDelivery = (d: Delivery) =>
  `${d.name}${d.ok ? '' : ` ✕ ${d.kind}`}${d.omitted ? ` (${d.omitted} left out)` : ''} ${Math.round(d.atMs)}`

/** Runs the study's five strategies against the live scenario and shows the study's table. */
export function StrategiesTab({ scenario }: { scenario: string }) {
  const [results, setResults] = useState<Record<string, StrategyResult>>({})
  const [running, setRunning] = useState(false)
  const done = strategies.filter((s) => results[s.id]).length

  const runAll = async () => {
    if (running) return
    setRunning(true)
    setResults({})
    // One at a time, so no strategy's requests slow another's.
    for (const strategy of strategies) {
      // Each strategy meets the scenario from its first attempt, as the table says: a flaky endpoint fails anew.
      resetAttempts()
      const result = await strategy.run(labTasks(), () => performance.now())
      setResults((current) => ({ ...current, [strategy.id]: result }))
    }
    setRunning(false)
  }

  return (
    <div className="strategies">
      <p>
        Runs each strategy in turn against the live scenario (<strong>{scenario}</strong>) through the real API client:
        2 s timeout, validation, no cache and no retries.
      </p>
      {/* aria-disabled, not disabled: the button keeps keyboard focus while the strategies run. */}
      <button type="button" className="button" onClick={() => void runAll()} aria-disabled={running}>
        Run all five
      </button>
      <p role="status" className="dev-panel__hint">
        {running ? `Running: ${done} of ${strategies.length} done…` : done > 0 ? `Done: ${done} strategies ran.` : ''}
      </p>
      <table className="strategies__table">
        <caption className="visually-hidden">Strategy comparison</caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Total</th>
            <th scope="col">First data</th>
            <th scope="col">Successes</th>
          </tr>
        </thead>
        <tbody>
          {strategies.map((strategy) => {
            const result = results[strategy.id]
            return (
              <Fragment key={strategy.id}>
                <tr data-strategy={strategy.id} data-done={result ? 'true' : undefined}>
                  <th scope="row">
                    {strategy.label}
                    <span className="strategies__counterpart">{strategy.counterpart}</span>
                  </th>
                  <td data-field="total">{result ? ms(result.totalMs) : '–'}</td>
                  <td data-field="first-data">{result ? ms(result.firstDataMs) : '–'}</td>
                  <td data-field="successes">
                    {result
                      ? `${result.successes}/${endpointNames.length} (${Math.round((result.successes / endpointNames.length) * 100)}%)`
                      : '–'}
                  </td>
                </tr>
                <tr className="strategies__order">
                  <td colSpan={4} data-field="order" data-strategy-order={strategy.id}>
                    {result
                      ? result.error
                        ? `Failed: ${result.error}.`
                        : `Order: ${result.deliveries.map(describeDelivery).join(' → ')}`
                      : null}
                  </td>
                </tr>
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
