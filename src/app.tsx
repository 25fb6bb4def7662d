import './app.css'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ComponentType, ReactNode } from 'react'
import type { EndpointName } from './api/endpoints'
import { CategoriesSection } from './sections/categories/categories-section'
import { NotificationsSection } from './sections/notifications/notifications-section'
import { ProductsSection } from './sections/products/products-section'
import { ProfileSection } from './sections/profile/profile-section'
import { RenderProbe } from './metrics/render-probe'
import { useHydrated } from './ui/use-hydrated'

/** Wide screens show two columns; phones stack them, main column first. */
const columns: [EndpointName, ComponentType][][] = [
  [
    ['categories', CategoriesSection],
    ['products', ProductsSection],
  ],
  [
    ['profile', ProfileSection],
    ['notifications', NotificationsSection],
  ],
]

interface AppProps {
  queryClient: QueryClient
  /** Shown above the sections, in the first paint so it never pushes them down later. */
  banner?: ReactNode
  /** Developer tools, present in mock mode only. */
  tools?: ReactNode
}

export function App({ queryClient, banner, tools }: AppProps) {
  // Neither is in the prerendered shell, so both join once hydration has matched it.
  const hydrated = useHydrated()
  return (
    <QueryClientProvider client={queryClient}>
      <header className="topbar">
        <div className="topbar__inner">
          <span className="topbar__logo">
            <LeafIcon />
            EcoMarket
          </span>
          <span className="topbar__tagline">Sustainable goods, delivered</span>
        </div>
      </header>
      <main className="page">
        {hydrated && banner}
        <h1 className="page__title">Your dashboard</h1>
        <div className="dashboard">
          {columns.map((column, i) => (
            <div key={i} className="dashboard__column">
              {column.map(([id, Section]) => (
                <RenderProbe key={id} id={id}>
                  <Section />
                </RenderProbe>
              ))}
            </div>
          ))}
        </div>
      </main>
      {hydrated && tools}
    </QueryClientProvider>
  )
}

function LeafIcon() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <path fill="#7fd49b" d="M27 5C14 5 6 11 6 20c0 2 .5 4 1.5 5.5C10 18 15 14 21 12c-5 3-9.5 8-11.5 15 1.5.7 3.3 1 5 1 9 0 13.5-8 12.5-23z" />
    </svg>
  )
}
