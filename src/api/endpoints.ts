// The one table of endpoints: adding a fifth is one entry here plus its section.

export type Criticality = 'critical' | 'optional'

export interface RetryPolicy {
  /** Retries after the first attempt; only transient failures use them. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** The most a section may take to reach a final state, attempts and waits included. */
  budgetMs: number
}

/** When data already shown is fetched again in the background. */
export interface RefreshPolicy {
  /** Refetch stale data when the tab becomes visible again. */
  onFocus: boolean
  /** Poll this often (ms) while the page is open; absent: never polls. */
  everyMs?: number
}

/** Saved in the browser's storage for the next visit; personal data never is. */
export interface PersistPolicy {
  /** The oldest saved answer a visit may show (ms from when it was fetched). */
  maxAgeMs: number
  /** Fetch again on every visit even while fresh: shown at once, then revalidated. */
  revalidate: boolean
}

export interface Endpoint {
  /** Also the section's id; what shoppers read as its name comes from the catalogs (`section.<name>`). */
  name: EndpointName
  path: string
  timeoutMs: number
  criticality: Criticality
  retry: RetryPolicy
  cache: { staleTime: number; gcTime: number }
  refresh: RefreshPolicy
  persist?: PersistPolicy
}

export const endpointNames = ['products', 'categories', 'profile', 'notifications'] as const
export type EndpointName = (typeof endpointNames)[number]

const DEFAULT_TIMEOUT_MS = 2_000 // the seed's figure
const MINUTE = 60_000
const HOUR = 60 * MINUTE

// Critical data is worth one more try; the worst case stays inside the budget (see retry-policy.ts).
export const retryPolicies: Record<Criticality, RetryPolicy> = {
  critical: { retries: 3, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 10_000 },
  optional: { retries: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 7_000 },
}

/** An entry of the table: its retry policy follows from its criticality; by default it refreshes on focus only. */
const endpoint = (entry: Omit<Endpoint, 'timeoutMs' | 'retry' | 'refresh'> & Partial<Pick<Endpoint, 'timeoutMs' | 'refresh'>>): Endpoint => ({
  timeoutMs: DEFAULT_TIMEOUT_MS,
  retry: retryPolicies[entry.criticality],
  refresh: { onFocus: true },
  ...entry,
})

export const endpoints: Record<EndpointName, Endpoint> = {
  products: endpoint({
    name: 'products',
    path: '/api/products',
    criticality: 'critical',
    // Kept as long as it may be shown from storage (TanStack: gcTime ≥ the persisted maxAge).
    cache: { staleTime: 5 * MINUTE, gcTime: 24 * HOUR },
    persist: { maxAgeMs: 24 * HOUR, revalidate: true },
  }),
  categories: endpoint({
    name: 'categories',
    path: '/api/categories',
    criticality: 'critical',
    // The study caches categories for an hour (@cache(ttl=3600)): fresh, and saved, for that long.
    cache: { staleTime: HOUR, gcTime: HOUR },
    persist: { maxAgeMs: HOUR, revalidate: false },
  }),
  profile: endpoint({
    name: 'profile',
    path: '/api/profile',
    criticality: 'optional',
    cache: { staleTime: 5 * MINUTE, gcTime: 30 * MINUTE },
  }),
  notifications: endpoint({
    name: 'notifications',
    path: '/api/notifications',
    criticality: 'optional',
    cache: { staleTime: 1 * MINUTE, gcTime: 10 * MINUTE },
    // New messages also arrive live (notifications-live.ts); polling covers the socket's downtime.
    refresh: { onFocus: true, everyMs: 1 * MINUTE },
  }),
}

/** The live channel that pushes new notifications; while it is down, notifications poll instead. */
export const liveNotifications = {
  path: '/api/notifications/live',
  reconnect: { retries: Infinity, baseDelayMs: 500, maxDelayMs: 30_000, budgetMs: Infinity } satisfies RetryPolicy,
}

/** Products come as one page of featured items; the skeleton reserves exactly this many cards. */
export const PRODUCTS_PAGE_SIZE = 12
