import { useState, type FormEvent } from 'react'
import { endpointNames, type EndpointName } from '../api/endpoints'
import { MAX_LATENCY_MS, type Overrides } from '../../mocks/scenario-url'
import {
  findScenario,
  outcomes,
  scenarios,
  type EndpointBehaviour,
  type Outcome,
  type Scenario,
} from '../../mocks/scenarios'
import type { ScenarioChoice } from './apply-scenario'
import { sectionName } from './section-names'

interface ScenarioFormProps {
  initial: ScenarioChoice
  onApply: (choice: ScenarioChoice) => void
  onReload: (choice: ScenarioChoice) => void
}

type Rows = Record<EndpointName, { outcome: Outcome; latency: string; failFirst?: number }>

const rowsFor = (scenario: Scenario, overrides: Overrides = {}): Rows =>
  Object.fromEntries(
    endpointNames.map((name) => {
      const behaviour: EndpointBehaviour = { ...scenario.endpoints[name], ...overrides[name] }
      return [
        name,
        { outcome: behaviour.outcome, latency: String(behaviour.latencyMs), failFirst: behaviour.failFirst },
      ]
    }),
  ) as Rows

const latencyError = (text: string) => {
  const value = Number(text)
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= MAX_LATENCY_MS
    ? undefined
    : `Enter whole milliseconds from 0 to ${MAX_LATENCY_MS}.`
}

/** Only what differs from the base scenario becomes an override, so URLs stay short. */
function overridesFrom(base: Scenario, rows: Rows): Overrides {
  const overrides: Overrides = {}
  for (const name of endpointNames) {
    const { outcome, latency } = rows[name]
    const change: Partial<EndpointBehaviour> = {}
    if (outcome !== base.endpoints[name].outcome) change.outcome = outcome
    if (Number(latency) !== base.endpoints[name].latencyMs) change.latencyMs = Number(latency)
    if (Object.keys(change).length > 0) overrides[name] = change
  }
  return overrides
}

export function ScenarioForm({ initial, onApply, onReload }: ScenarioFormProps) {
  const [baseId, setBaseId] = useState(initial.baseId)
  const base = findScenario(baseId) ?? scenarios[0]
  const [rows, setRows] = useState<Rows>(() => rowsFor(base, initial.overrides))
  const invalid = endpointNames.some((name) => latencyError(rows[name].latency))
  const choice = (): ScenarioChoice => ({ baseId, overrides: overridesFrom(base, rows) })

  const pickScenario = (id: string) => {
    setBaseId(id)
    setRows(rowsFor(findScenario(id) ?? scenarios[0]))
  }
  const updateRow = (name: EndpointName, change: Partial<Rows[EndpointName]>) =>
    setRows((current) => ({ ...current, [name]: { ...current[name], ...change } }))
  // A chosen outcome replaces the scenario's flaky first attempts (see applyOverrides).
  const chooseOutcome = (name: EndpointName, outcome: Outcome) => updateRow(name, { outcome, failFirst: undefined })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!invalid) onApply(choice())
  }

  return (
    <form className="scenario-form" onSubmit={submit}>
      <fieldset>
        <legend>Scenario</legend>
        {scenarios.map((scenario) => (
          <label key={scenario.id} className="scenario-option">
            <input
              type="radio"
              name="scenario"
              value={scenario.id}
              checked={scenario.id === baseId}
              onChange={() => pickScenario(scenario.id)}
            />
            <span>
              <strong>{scenario.id}</strong>
              <span className="scenario-option__description">{scenario.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Endpoints</legend>
        {endpointNames.map((name) => {
          const row = rows[name]
          const error = latencyError(row.latency)
          return (
            <div key={name} className="endpoint-row">
              <span className="endpoint-row__name">{sectionName(name)}</span>
              <label>
                <span className="visually-hidden">{sectionName(name)} outcome</span>
                <select value={row.outcome} onChange={(e) => chooseOutcome(name, e.target.value as Outcome)}>
                  {outcomes.map((outcome) => (
                    <option key={outcome}>{outcome}</option>
                  ))}
                </select>
              </label>
              <label className="endpoint-row__latency">
                <span className="visually-hidden">{sectionName(name)} latency in milliseconds</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_LATENCY_MS}
                  step={50}
                  value={row.latency}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${name}-latency-error` : undefined}
                  onChange={(e) => updateRow(name, { latency: e.target.value })}
                />
                <span aria-hidden="true">ms</span>
              </label>
              {row.failFirst ? (
                <span className="endpoint-row__note">fails its first {row.failFirst} attempts</span>
              ) : null}
              {error && (
                <span id={`${name}-latency-error`} className="endpoint-row__error">
                  {error}
                </span>
              )}
            </div>
          )
        })}
      </fieldset>
      <div className="panel-actions">
        <button type="submit" className="button" disabled={invalid}>
          Apply
        </button>
        <button type="button" className="button button--quiet" disabled={invalid} onClick={() => onReload(choice())}>
          Reload page
        </button>
      </div>
    </form>
  )
}
