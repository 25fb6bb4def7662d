import type { GenericSchema } from 'valibot'
// With its extension: vite.config.ts loads this file too (through vite-plugin-early-start.ts), and Node's loader needs it.
import { categoryList, notificationList, productList, profileSchema } from './schemas.ts'

// The one table of endpoints: adding a fifth is one entry here plus its section (src/sections/registry.ts).

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

export interface Endpoint<Name extends string = EndpointName, Data = unknown> {
  /** Also the section's id and its queries' first key; what shoppers read as its name comes from the catalogs (`section.<name>`). */
  name: Name
  path: string
  /** Every body is validated against it: a wrong item is left out and counted; a body of the wrong shape is `invalid-data`. */
  schema: GenericSchema<unknown, Data>
  /** The query key's second part: one list, or one record. */
  shape: 'list' | 'detail'
  timeoutMs: number
  criticality: Criticality
  retry: RetryPolicy
  cache: { staleTime: number; gcTime: number }
  refresh: RefreshPolicy
  /** Only list endpoints: a saved list is checked again by `schema`, item by item (saved-data.ts). */
  persist?: PersistPolicy
}

const DEFAULT_TIMEOUT_MS = 2_000 // the seed's figure
const MINUTE = 60_000
const HOUR = 60 * MINUTE

// Critical data is worth one more try; the worst case stays inside the budget (see retry-policy.ts).
export const retryPolicies: Record<Criticality, RetryPolicy> = {
  critical: { retries: 3, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 10_000 },
  optional: { retries: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 7_000 },
}

type EndpointSpec<Data> = Omit<Endpoint<string, Data>, 'name' | 'timeoutMs' | 'retry' | 'refresh'> &
  Partial<Pick<Endpoint<string>, 'timeoutMs' | 'refresh'>>

/** An entry of the table: its retry policy follows from its criticality; by default it refreshes on focus only. */
export const defineEndpoint = <Name extends string, Data>(
  name: Name,
  spec: EndpointSpec<Data>,
): Endpoint<Name, Data> => ({
  name,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  retry: retryPolicies[spec.criticality],
  refresh: { onFocus: true },
  ...spec,
})

export const endpoints = {
  products: defineEndpoint('products', {
    path: '/api/products',
    schema: productList,
    shape: 'list',
    criticality: 'critical',
    // Kept as long as it may be shown from storage (TanStack: gcTime ≥ the persisted maxAge).
    cache: { staleTime: 5 * MINUTE, gcTime: 24 * HOUR },
    persist: { maxAgeMs: 24 * HOUR, revalidate: true },
  }),
  categories: defineEndpoint('categories', {
    path: '/api/categories',
    schema: categoryList,
    shape: 'list',
    criticality: 'critical',
    // The study caches categories for an hour (@cache(ttl=3600)): fresh, and saved, for that long.
    cache: { staleTime: HOUR, gcTime: HOUR },
    persist: { maxAgeMs: HOUR, revalidate: false },
  }),
  profile: defineEndpoint('profile', {
    path: '/api/profile',
    schema: profileSchema,
    shape: 'detail',
    criticality: 'optional',
    cache: { staleTime: 5 * MINUTE, gcTime: 30 * MINUTE },
  }),
  notifications: defineEndpoint('notifications', {
    path: '/api/notifications',
    schema: notificationList,
    shape: 'list',
    criticality: 'optional',
    cache: { staleTime: 1 * MINUTE, gcTime: 10 * MINUTE },
    // New messages also arrive live (notifications-live.ts); polling covers the socket's downtime.
    refresh: { onFocus: true, everyMs: 1 * MINUTE },
  }),
}

export type EndpointName = keyof typeof endpoints
/** The table's names in its order (the order the lab runs them and the head script starts them). */
export const endpointNames = Object.keys(endpoints) as EndpointName[]

/** The live channel that pushes new notifications; while it is down, notifications poll instead. */
export const liveNotifications = {
  path: '/api/notifications/live',
  reconnect: { retries: Infinity, baseDelayMs: 500, maxDelayMs: 30_000, budgetMs: Infinity } satisfies RetryPolicy,
}

/** Products come as one page of featured items; the skeleton reserves exactly this many cards. */
export const PRODUCTS_PAGE_SIZE = 12

// The writes (marking notifications read) sit beside these reads in src/api/writes.ts: a table of
// their own, typed against this one, in a module of its own so the first render doesn't carry it.
