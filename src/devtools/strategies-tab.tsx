import { useState } from 'react'
import { labTasks } from './strategy-lab/lab-tasks'
import { strategies, type StrategyResult } from './strategy-lab/strategies'

const ms = (value: number | null) => (value === null ? 'error' : `${Math.round(value)} ms`)

/** Runs the study's five strategies against the live scenario and shows the study's table. */
export function StrategiesTab({ scenario }: { scenario: string }) {
  const [results, setResults] = useState<Record<string, StrategyResult>>({})
  const [running, setRunning] = useState(false)

  const runAll = async () => {
    setRunning(true)
    setResults({})
    // One at a time, so no strategy's requests slow another's.
    for (const strategy of strategies) {
      const result = await strategy.run(labTasks(), () => performance.now())
      setResults((current) => ({ ...current, [strategy.id]: result }))
    }
    setRunning(false)
  }

  return (
    <div className="strategies">
      <p>
        Runs each strategy in turn against the live scenario (<strong>{scenario}</strong>) through the real API client: 2 s timeout,
        validation, no cache and no retries.
      </p>
      <button type="button" className="button" onClick={() => void runAll()} disabled={running}>
        {running ? 'Running…' : 'Run all five'}
      </button>
      <table className="strategies__table">
        <caption className="visually-hidden">Strategy comparison</caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Total</th>
            <th scope="col">First data</th>
            <th scope="col">Successes</th>
            <th scope="col">Rate</th>
            <th scope="col">Completion order</th>
          </tr>
        </thead>
        <tbody>
          {strategies.map((strategy) => {
            const result = results[strategy.id]
            return (
              <tr key={strategy.id} data-strategy={strategy.id} data-done={result ? 'true' : undefined}>
                <th scope="row">
                  {strategy.label}
                  <span className="strategies__counterpart">{strategy.counterpart}</span>
                </th>
                <td data-field="total">{result ? ms(result.totalMs) : '–'}</td>
                <td data-field="first-data">{result ? ms(result.firstDataMs) : '–'}</td>
                <td data-field="successes">{result ? `${result.successes}/4` : '–'}</td>
                <td data-field="rate">{result ? `${Math.round((result.successes / 4) * 100)}%` : '–'}</td>
                <td data-field="order">
                  {result?.error
                    ? `failed: ${result.error}`
                    : result?.deliveries.map((d) => `${d.name}${d.ok ? '' : ` ✕ ${d.kind}`} ${Math.round(d.atMs)}`).join(' → ')}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
