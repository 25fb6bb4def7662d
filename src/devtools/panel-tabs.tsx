import type { KeyboardEvent, ReactNode } from 'react'

export interface PanelTab {
  id: string
  label: string
  content: ReactNode
}

interface PanelTabsProps {
  tabs: readonly PanelTab[]
  selected: string
  onSelect: (id: string) => void
}

/** The WAI-ARIA tabs pattern: arrow keys (wrapping), Home and End move between tabs; Tab leaves the list. */
export function PanelTabs({ tabs, selected, onSelect }: PanelTabsProps) {
  const current = tabs.find((t) => t.id === selected) ?? tabs[0]

  const moveBetweenTabs = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(current)
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (target === undefined) return
    event.preventDefault()
    const next = tabs[(target + tabs.length) % tabs.length]
    onSelect(next.id)
    document.getElementById(`dev-tab-${next.id}`)?.focus()
  }

  return (
    <>
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
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`dev-tabpanel-${current.id}`}
        aria-labelledby={`dev-tab-${current.id}`}
        className="dev-panel__body"
      >
        {current.content}
      </div>
    </>
  )
}
