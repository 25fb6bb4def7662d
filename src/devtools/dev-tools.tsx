import './devtools.css'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import type { LoadRecorder } from '../metrics/load-recorder'
import { applyScenario, describeChoice, scenarioHref, type ScenarioChoice } from './apply-scenario'
import { HistoryTab } from './history-tab'
import { PushNotificationButton } from './push-notification-button'
import { ScenarioForm } from './scenario-form'
import { StrategiesTab } from './strategies-tab'
import { TimelineTab } from './timeline-tab'

// The production entry, so the devtools also work in `vite preview` builds, where the panel lives too.
const QueryDevtools = lazy(() =>
  import('@tanstack/react-query-devtools/production').then((m) => ({ default: m.ReactQueryDevtools })),
)

/** Alt+Shift+D, matched on the physical key so it works on every keyboard layout and on macOS. */
export const isPanelShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyD'

interface PanelTab {
  id: string
  label: string
  content: ReactNode
}

/** The developer panel: mock mode only, loaded lazily, so shoppers never download it. */
export function DevTools({ recorder }: { recorder: LoadRecorder }) {
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [tab, setTab] = useState('scenarios')
  const [queryDevtools, setQueryDevtools] = useState(false)
  const [applied, setApplied] = useState<ScenarioChoice>(() => {
    const { baseId, overrides } = parseScenarioUrl(window.location.search)
    return { baseId, overrides }
  })
  const toggleRef = useRef<HTMLButtonElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  const close = () => {
    setOpen(false)
    toggleRef.current?.focus()
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isPanelShortcut(event)) {
        event.preventDefault()
        setOpen((wasOpen) => !wasOpen)
      } else if (event.key === 'Escape' && open) {
        setOpen(false)
        toggleRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  useEffect(() => {
    if (open) headingRef.current?.focus()
  }, [open])

  const apply = (choice: ScenarioChoice) => {
    setApplied(choice)
    recorder.beginLoad({ scenario: describeChoice(choice) })
    void applyScenario(queryClient, choice)
  }
  const tabs: PanelTab[] = [
    {
      id: 'scenarios',
      label: 'Scenarios',
      content: (
        <>
          <ScenarioForm initial={applied} onApply={apply} onReload={(choice) => window.location.assign(scenarioHref(choice))} />
          <PushNotificationButton />
        </>
      ),
    },
    { id: 'timeline', label: 'Timeline', content: <TimelineTab recorder={recorder} /> },
    { id: 'history', label: 'History', content: <HistoryTab recorder={recorder} /> },
    { id: 'strategies', label: 'Strategies', content: <StrategiesTab scenario={describeChoice(applied)} /> },
  ]
  const current = tabs.find((t) => t.id === tab) ?? tabs[0]

  // The WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs; Tab leaves the list.
  const moveBetweenTabs = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(current)
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (target === undefined) return
    event.preventDefault()
    const next = tabs[(target + tabs.length) % tabs.length]
    setTab(next.id)
    document.getElementById(`dev-tab-${next.id}`)?.focus()
  }

  return (
    <aside aria-label="Developer tools">
      <button
        ref={toggleRef}
        type="button"
        className="devtools-toggle"
        aria-expanded={open}
        aria-controls="dev-panel"
        aria-keyshortcuts="Alt+Shift+D"
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true">⚙</span> Mock API
        <span className="devtools-toggle__scenario">{applied.baseId}</span>
      </button>
      {open && (
        <div
          id="dev-panel"
          className="dev-panel"
          role="dialog"
          aria-labelledby="dev-panel-title"
        >
          <div className="dev-panel__header">
            <h2 id="dev-panel-title" ref={headingRef} tabIndex={-1}>
              Developer panel
            </h2>
            <button type="button" className="button button--quiet" onClick={close}>
              Close
            </button>
          </div>
          <div role="tablist" aria-label="Panel sections" className="dev-panel__tabs" onKeyDown={moveBetweenTabs}>
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`dev-tab-${t.id}`}
                aria-selected={t.id === current.id}
                aria-controls={t.id === current.id ? `dev-tabpanel-${t.id}` : undefined}
                tabIndex={t.id === current.id ? 0 : -1}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`dev-tabpanel-${current.id}`} aria-labelledby={`dev-tab-${current.id}`} className="dev-panel__body">
            {current.content}
          </div>
          <div className="dev-panel__footer">
            <button type="button" className="button button--quiet" onClick={() => setQueryDevtools((shown) => !shown)}>
              {queryDevtools ? 'Hide' : 'Show'} TanStack Query devtools
            </button>
            <span className="dev-panel__hint">
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>D</kbd> toggles this panel; <kbd>Esc</kbd> closes it.
            </span>
          </div>
        </div>
      )}
      {queryDevtools && (
        <Suspense fallback={null}>
          <QueryDevtools initialIsOpen buttonPosition="bottom-left" />
        </Suspense>
      )}
    </aside>
  )
}
