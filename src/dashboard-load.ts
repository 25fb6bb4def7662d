import type { QueryClient } from '@tanstack/react-query'
import { categoryQueries } from './sections/categories/categories-queries'
import { notificationQueries } from './sections/notifications/notifications-queries'
import { productQueries } from './sections/products/products-queries'
import { profileQueries } from './sections/profile/profile-queries'

/**
 * Starts all four requests at once, before the first render (render-as-you-fetch): no section
 * waits for React to mount, and none waits for another. Each section's hook then joins the
 * request already in flight.
 */
export function startDashboardLoad(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(productQueries.list())
  void queryClient.prefetchQuery(categoryQueries.list())
  void queryClient.prefetchQuery(profileQueries.detail())
  void queryClient.prefetchQuery(notificationQueries.list())
}
