import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { omittedOf } from '../api/answer'
import { endpointNames } from '../api/endpoints'
import {
  isComplete,
  timeToAllSettled,
  timeToFirstData,
  type LoadRecorder,
  type SectionRecord,
} from '../metrics/load-recorder'
import { findSectionQuery } from '../ui/section-status'
import { sectionName } from './section-names'
import { useLoadRecord } from './use-load-record'

const ms = (value: number | undefined) => (value === undefined ? '…' : `${Math.round(value)} ms`)

/** A waterfall of the current load: one bar per section, its failed attempts, its outcome and order. */
export function TimelineTab({ recorder }: { recorder: LoadRecorder }) {
  const load = useLoadRecord(recorder)
  const cache = useQueryClient().getQueryCache()
  const [now, setNow] = useState(() => performance.now())
  const complete = isComplete(load)

  useEffect(() => {
    if (complete) return
    const timer = setInterval(() => setNow(performance.now()), 100) // bars of pending sections grow
    return () => clearInterval(timer)
  }, [complete])

  const end = (section: SectionRecord) => section.settledAt ?? now
  const span = Math.max(
    500,
    ...endpointNames.map((name) => (load.sections[name] ? end(load.sections[name]) - load.startedAt : 0)),
  )
  const position = (at: number) => `${((at - load.startedAt) / span) * 100}%`
  const ticks = Array.from({ length: 5 }, (_, i) => Math.round((span / 4) * i))

  return (
    <div className="timeline">
      <p className="timeline__summary">
        Load #{load.id}
        {load.scenario ? ` · ${load.scenario}` : ''} · first data <strong>{ms(timeToFirstData(load))}</strong> · all
        settled <strong>{ms(timeToAllSettled(load))}</strong>
      </p>
      <ol className="waterfall" aria-label="Sections of this load">
        {endpointNames.map((name) => {
          const section = load.sections[name]
          return (
            <li key={name} className="waterfall__row">
              <span className="waterfall__label">
                {section?.order ? <span className="waterfall__order">#{section.order}</span> : null}
                {sectionName(name)}
              </span>
              <span className="waterfall__track">
                {section && (
                  <span
                    className={`waterfall__bar waterfall__bar--${section.outcome ?? 'pending'}`}
                    style={{
                      left: position(section.startedAt),
                      width: `calc(${position(end(section))} - ${position(section.startedAt)})`,
                    }}
                  />
                )}
                {section?.failures.map((failure, i) => (
                  <span
                    key={i}
                    className="waterfall__failure"
                    style={{ left: position(failure.at) }}
                    title={`attempt ${i + 1} failed: ${failure.kind}`}
                  >
                    ✕
                  </span>
                ))}
              </span>
              <span className="waterfall__text">
                {describe(section, load.startedAt, omittedOf(findSectionQuery(cache, name)?.state.data))}
              </span>
            </li>
          )
        })}
      </ol>
      <div className="waterfall__axis" aria-hidden="true">
        {ticks.map((tick, i) => (
          <span key={tick} style={{ left: `${(tick / span) * 100}%` }}>
            {i === 0 ? `${tick} ms` : tick}
          </span>
        ))}
      </div>
      <p className="dev-panel__hint">
        Times from {load.id === 1 ? 'navigation start' : 'the scenario switch'}. The same loads appear in DevTools'
        Performance panel as User Timing measures named <code>ecomarket:&lt;section&gt;</code>.
      </p>
    </div>
  )
}

/** A section's bar in words; `omitted` is what its data, read from the cache, left out. */
function describe(section: SectionRecord | undefined, loadStart: number, omitted: number): string {
  if (!section) return 'not started'
  const attempts = section.failures.length + 1
  const tries = attempts > 1 ? `, ${attempts} attempts` : ''
  if (section.settledAt === undefined) return `loading${section.failures.length ? `, attempt ${attempts}` : ''}…`
  const leftOut = section.outcome === 'data' && omitted ? `, ${omitted} left out` : ''
  return `${section.outcome} at ${Math.round(section.settledAt - loadStart)} ms${tries}${leftOut}`
}
