import { Fragment, useEffect, useState, useSyncExternalStore } from 'react'
import { sectionName, writeName } from './section-names'
import { requestLog, type LoggedRequest } from '../../mocks/request-log'

const ms = (value: number) => `${Math.round(value)} ms`

/** What a row names: a section's read, a write (with its method and path), or anything else the mock API answered. */
const requestName = (entry: LoggedRequest): string =>
  entry.endpoint
    ? sectionName(entry.endpoint)
    : entry.write
      ? `${writeName(entry.write)}: ${entry.method} ${entry.path}`
      : `${entry.method} ${entry.path}`
const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`)

function outcomeText(entry: LoggedRequest): string {
  switch (entry.outcome) {
    case 'pending':
      return 'no answer yet'
    case 'network-error':
      return 'network error'
    case 'exception':
      return 'handler threw'
    case 'answered':
      return String(entry.status)
  }
}

/** Every request the mock API saw, fed by MSW's life-cycle events; bodies open on demand. */
export function RequestLogTable() {
  const entries = useSyncExternalStore(requestLog.subscribe, requestLog.getSnapshot)
  const [open, setOpen] = useState<string | undefined>()
  const [now, setNow] = useState(() => performance.now())
  const waiting = entries.some((entry) => entry.outcome === 'pending')

  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => setNow(performance.now()), 250) // a waiting request's time grows
    return () => clearInterval(timer)
  }, [waiting])

  return (
    <>
      <div className="requests__toolbar">
        <h3 className="requests__heading">Requests</h3>
        <span className="dev-panel__hint">{entries.length} seen by the mock API</span>
        <button type="button" className="button button--quiet button--small" onClick={() => requestLog.clear()}>
          Clear
        </button>
      </div>
      <div className="request-log__scroller">
        <table className="request-log">
          <caption className="visually-hidden">Requests the mock API saw</caption>
          <thead>
            <tr>
              <th scope="col" className="request-log__started">
                Started
              </th>
              <th scope="col">Endpoint</th>
              <th scope="col">Attempt</th>
              <th scope="col">Status</th>
              <th scope="col">Latency</th>
              <th scope="col" className="request-log__size">
                Size
              </th>
              <th
                scope="col"
                className="request-log__omitted-head"
                title="Items the page left out of this body: wrong, repeated, or past the list's bound"
              >
                Left out
              </th>
              <th scope="col">Body</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <Fragment key={entry.id}>
                <tr
                  className={`request-log__row request-log__row--${entry.outcome}${entry.status && entry.status >= 400 ? ' request-log__row--failed' : ''}`}
                >
                  <td className="request-log__started">{ms(entry.startedAt)}</td>
                  <th scope="row">{requestName(entry)}</th>
                  <td>{entry.attempt ?? '–'}</td>
                  <td className="request-log__status" title={entry.statusText}>
                    {outcomeText(entry)}
                  </td>
                  <td>{ms((entry.endedAt ?? now) - entry.startedAt)}</td>
                  <td className="request-log__size">{entry.sizeBytes === undefined ? '–' : size(entry.sizeBytes)}</td>
                  <td className={entry.omitted ? 'request-log__omitted' : undefined}>{entry.omitted ?? '–'}</td>
                  <td>
                    {entry.body === undefined && entry.requestBody === undefined ? (
                      '–'
                    ) : (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-expanded={open === entry.id}
                        onClick={() => setOpen(open === entry.id ? undefined : entry.id)}
                      >
                        {open === entry.id ? 'Hide' : 'Show'}
                      </button>
                    )}
                  </td>
                </tr>
                {open === entry.id && (
                  <tr className="request-log__body">
                    <td colSpan={8}>
                      {entry.requestBody !== undefined && (
                        <pre aria-label="Request body">{pretty(entry.requestBody)}</pre>
                      )}
                      {entry.body ? (
                        <pre aria-label={`Response body${entry.contentType ? ` (${entry.contentType})` : ''}`}>
                          {pretty(entry.body)}
                        </pre>
                      ) : null}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

/** JSON indented for reading; anything else as it came. */
function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}
