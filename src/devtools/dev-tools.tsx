import './devtools.css'
import './dock.css'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import type { EndpointName } from '../api/endpoints'
import type { LoadRecorder } from '../metrics/load-recorder'
import {
  applyScenario,
  applyToSection,
  describeChoice,
  scenarioHref,
  withOverride,
  type ScenarioChoice,
} from './apply-scenario'
import { HistoryTab } from './history-tab'
import { LiveStatusLine } from './live-status-line'
import { PushNotificationButton } from './push-notification-button'
import { PanelTabs, type PanelTab } from './panel-tabs'
import { RequestsTab, type ForceChoice } from './requests-tab'
import { ScenarioForm } from './scenario-form'
import { holdLoading, outcomeForState } from './section-actions'
import { StrategiesTab } from './strategies-tab'
import { TimelineTab } from './timeline-tab'

// The production entry, so the devtools also work in `vite preview` builds, where the panel lives too.
// Its embedded panel renders inside the dock, so it never covers the page or the panel's own controls.
const QueryDevtoolsPanel = lazy(() =>
  import('@tanstack/react-query-devtools/production').then((m) => ({ default: m.ReactQueryDevtoolsPanel })),
)

/** Alt+Shift+D, matched on the physical key so it works on every keyboard layout and on macOS. */
export const isPanelShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyD'

/**
 * The developer panel: mock mode only, loaded lazily, so shoppers never download it. Open, it docks
 * to the side (wide screens) or the bottom (narrow ones) and the page reflows beside it (devtools.css).
 */
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
  const force = (name: EndpointName, state: ForceChoice) => {
    if (state === 'loading') return void holdLoading(queryClient, name)
    const choice = withOverride(applied, name, state === 'scenario' ? undefined : { outcome: outcomeForState[state] })
    setApplied(choice)
    void applyToSection(queryClient, choice, name)
  }
  const selection = describeChoice(applied)
  const tabs: PanelTab[] = [
    {
      id: 'scenarios',
      label: 'Scenarios',
      // Keyed on the selection, so a state forced from the Requests tab shows here too.
      content: (
        <>
          <ScenarioForm
            key={selection}
            initial={applied}
            onApply={apply}
            onReload={(choice) => window.location.assign(scenarioHref(choice))}
          />
          <PushNotificationButton />
          <LiveStatusLine />
        </>
      ),
    },
    { id: 'requests', label: 'Requests', content: <RequestsTab onForce={force} /> },
    { id: 'timeline', label: 'Timeline', content: <TimelineTab recorder={recorder} /> },
    { id: 'history', label: 'History', content: <HistoryTab recorder={recorder} /> },
    { id: 'strategies', label: 'Strategies', content: <StrategiesTab scenario={selection} /> },
  ]

  return (
    <aside aria-label="Developer tools" className={open ? 'dev-dock dev-dock--open' : 'dev-dock'}>
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
        <span className="devtools-toggle__scenario">{selection}</span>
      </button>
      {open && (
        <div
          id="dev-panel"
          className={queryDevtools ? 'dev-panel dev-panel--with-queries' : 'dev-panel'}
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
          <PanelTabs tabs={tabs} selected={tab} onSelect={setTab} />
          {queryDevtools && (
            <section className="dev-panel__queries" aria-label="TanStack Query devtools">
              <Suspense fallback={<p className="dev-panel__hint">Loading the TanStack Query devtools…</p>}>
                <QueryDevtoolsPanel style={{ height: '100%' }} onClose={() => setQueryDevtools(false)} />
              </Suspense>
            </section>
          )}
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
    </aside>
  )
}
