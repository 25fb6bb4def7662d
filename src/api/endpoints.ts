import type { GenericSchema } from 'valibot'
// With its extension: vite.config.ts loads this file too (through vite-plugin-early-start.ts), and Node's loader needs it.
import {
  categoryList,
  notificationChange,
  notificationList,
  productList,
  profileSchema,
  readAllRequest,
} from './schemas.ts'

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

/**
 * A write: something the dashboard changes. Not a section: it has no query and draws nothing of its
 * own; it changes the answer its section already holds, and its mutation key starts with that
 * section's name, as every key does (src/api/query-keys.ts).
 */
export interface Write<Name extends string = string> {
  name: Name
  /** The section whose cached answer the write changes. */
  section: EndpointName
  method: 'PATCH' | 'POST'
  /** `:name` parts are filled from the variables of the same name; the rest of the variables is the body. */
  path: string
  /** The body, checked by the client before it is sent and by the mock and reference APIs when it arrives. */
  body: GenericSchema<unknown, unknown>
  timeoutMs: number
  retry: RetryPolicy
}

// A write shows its effect at once (optimistically), so a slow answer keeps nobody waiting: a longer
// timeout than a read's costs nothing on screen. Writes are idempotent, so a transient failure is
// retried like a read's; the worst case (3 attempts at 5 s, and their waits) stays inside the budget.
export const writePolicy: RetryPolicy = { retries: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 20_000 }
const WRITE_TIMEOUT_MS = 5_000

const defineWrite = <Name extends string>(
  name: Name,
  spec: Omit<Write<Name>, 'name' | 'timeoutMs' | 'retry'>,
): Write<Name> => ({ name, timeoutMs: WRITE_TIMEOUT_MS, retry: writePolicy, ...spec })

/** What the page hands each write, and all it keeps of one that waits for the network: the path's parts and the body. */
export interface WriteVariables {
  markRead: { id: string; read: true }
  markAllRead: { ids: string[] }
}

/** The writes, beside the reads they change (one knob in the mock scenarios, `?mark-read=`, drives both). */
export const writes = {
  markRead: defineWrite('markRead', {
    section: 'notifications',
    method: 'PATCH',
    path: '/api/notifications/:id',
    body: notificationChange,
  }),
  markAllRead: defineWrite('markAllRead', {
    section: 'notifications',
    method: 'POST',
    path: '/api/notifications/read-all',
    body: readAllRequest,
  }),
}

export type WriteName = keyof typeof writes
export const writeNames = Object.keys(writes) as WriteName[]
