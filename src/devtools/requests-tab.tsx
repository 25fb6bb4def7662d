import './requests-tab.css'
import { sectionName } from './section-names'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { endpointNames, type EndpointName } from '../api/endpoints'
import { RequestLogTable } from './request-log-table'
import {
  forcibleStates,
  invalidateSection,
  refetchSection,
  resetSection,
  useSectionStates,
  type ForcibleState,
} from './section-actions'

/** "scenario" drops a forced state: the section goes back to what the scenario says for it. */
export type ForceChoice = ForcibleState | 'scenario'

interface RequestsTabProps {
  onForce: (name: EndpointName, state: ForceChoice) => void
}

/** Per-section query actions, then every request the mock API saw. */
export function RequestsTab({ onForce }: RequestsTabProps) {
  const client = useQueryClient()
  const states = useSectionStates(client)
  return (
    <div className="requests">
      <h3 className="requests__heading">Sections</h3>
      <div className="section-actions">
        {endpointNames.map((name) => (
          <SectionActions key={name} name={name} state={states[name]} onForce={onForce} />
        ))}
      </div>
      <RequestLogTable />
    </div>
  )
}

interface SectionActionsProps {
  name: EndpointName
  state: string
  onForce: RequestsTabProps['onForce']
}

function SectionActions({ name, state, onForce }: SectionActionsProps) {
  const client = useQueryClient()
  const [choice, setChoice] = useState<ForceChoice>('loading')
  const label = sectionName(name)
  return (
    <div className="section-actions__row" role="group" aria-label={label}>
      <span className="section-actions__name">{label}</span>
      <span className="section-actions__state" data-state-of={name}>
        {state}
      </span>
      <span className="section-actions__buttons">
        <button type="button" className="button button--small" onClick={() => void refetchSection(client, name)}>
          Refetch
        </button>
        <button type="button" className="button button--small" onClick={() => void invalidateSection(client, name)}>
          Invalidate
        </button>
        <button type="button" className="button button--small" onClick={() => void resetSection(client, name)}>
          Reset
        </button>
        <label className="section-actions__force">
          <span className="visually-hidden">{label} state to force</span>
          <select value={choice} onChange={(event) => setChoice(event.target.value as ForceChoice)}>
            {forcibleStates.map((state) => (
              <option key={state}>{state}</option>
            ))}
            <option value="scenario">scenario</option>
          </select>
        </label>
        <button type="button" className="button button--small" onClick={() => onForce(name, choice)}>
          Force
        </button>
      </span>
    </div>
  )
}
