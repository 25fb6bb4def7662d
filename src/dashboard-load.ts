import { QueryObserver, type QueryClient } from '@tanstack/react-query'
import { categoryQueries } from './sections/categories/categories-queries'
import { notificationQueries } from './sections/notifications/notifications-queries'
import { productQueries } from './sections/products/products-queries'
import { profileQueries } from './sections/profile/profile-queries'

/**
 * Starts all four requests at once, before the first render (render-as-you-fetch): no section
 * waits for React to mount, and none waits for another. Each section's hook then joins the
 * request already in flight.
 *
 * An observer, rather than a one-off prefetch, holds each query for the page's lifetime: a query
 * left with no observer cancels its request, and React's StrictMode unmounts and remounts every
 * component once in development, which would abort and resend all four.
 */
export function startDashboardLoad(queryClient: QueryClient): () => void {
  const observers = [
    new QueryObserver(queryClient, productQueries.list()),
    new QueryObserver(queryClient, categoryQueries.list()),
    new QueryObserver(queryClient, profileQueries.detail()),
    new QueryObserver(queryClient, notificationQueries.list()),
  ]
  const stops = observers.map((observer) => observer.subscribe(() => {}))
  return () => stops.forEach((stop) => stop())
}
