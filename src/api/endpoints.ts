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

export interface Endpoint {
  /** Also the section's id; what shoppers read as its name comes from the catalogs (`section.<name>`). */
  name: EndpointName
  path: string
  timeoutMs: number
  criticality: Criticality
  retry: RetryPolicy
  cache: { staleTime: number; gcTime: number }
}

export const endpointNames = ['products', 'categories', 'profile', 'notifications'] as const
export type EndpointName = (typeof endpointNames)[number]

const DEFAULT_TIMEOUT_MS = 2_000 // the seed's figure
const MINUTE = 60_000

// Critical data is worth one more try; the worst case stays inside the budget (see retry-policy.ts).
export const retryPolicies: Record<Criticality, RetryPolicy> = {
  critical: { retries: 3, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 10_000 },
  optional: { retries: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 7_000 },
}

/** An entry of the table: its retry policy follows from its criticality. */
const endpoint = (entry: Omit<Endpoint, 'timeoutMs' | 'retry'> & { timeoutMs?: number }): Endpoint => ({
  timeoutMs: DEFAULT_TIMEOUT_MS,
  retry: retryPolicies[entry.criticality],
  ...entry,
})

export const endpoints: Record<EndpointName, Endpoint> = {
  products: endpoint({
    name: 'products',
    path: '/api/products',
    criticality: 'critical',
    cache: { staleTime: 5 * MINUTE, gcTime: 30 * MINUTE },
  }),
  categories: endpoint({
    name: 'categories',
    path: '/api/categories',
    criticality: 'critical',
    cache: { staleTime: 30 * MINUTE, gcTime: 60 * MINUTE },
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
  }),
}

/** Products come as one page of featured items; the skeleton reserves exactly this many cards. */
export const PRODUCTS_PAGE_SIZE = 12
