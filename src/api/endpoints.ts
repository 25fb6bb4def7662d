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
  name: EndpointName
  label: string
  path: string
  timeoutMs: number
  criticality: Criticality
  retry: RetryPolicy
  cache: { staleTime: number; gcTime: number }
}

export const endpointNames = ['products', 'categories', 'profile', 'notifications'] as const
export type EndpointName = (typeof endpointNames)[number]

const DEFAULT_TIMEOUT_MS = 2_000 // the seed's figure

// Critical data is worth one more try; the worst case stays inside the budget (see retry-policy.ts).
const criticalRetry: RetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 10_000 }
const optionalRetry: RetryPolicy = { retries: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 7_000 }

const MINUTE = 60_000

export const endpoints: Record<EndpointName, Endpoint> = {
  products: {
    name: 'products',
    label: 'Products',
    path: '/api/products',
    timeoutMs: DEFAULT_TIMEOUT_MS,
    criticality: 'critical',
    retry: criticalRetry,
    cache: { staleTime: 5 * MINUTE, gcTime: 30 * MINUTE },
  },
  categories: {
    name: 'categories',
    label: 'Categories',
    path: '/api/categories',
    timeoutMs: DEFAULT_TIMEOUT_MS,
    criticality: 'critical',
    retry: criticalRetry,
    cache: { staleTime: 30 * MINUTE, gcTime: 60 * MINUTE },
  },
  profile: {
    name: 'profile',
    label: 'Profile',
    path: '/api/profile',
    timeoutMs: DEFAULT_TIMEOUT_MS,
    criticality: 'optional',
    retry: optionalRetry,
    cache: { staleTime: 5 * MINUTE, gcTime: 30 * MINUTE },
  },
  notifications: {
    name: 'notifications',
    label: 'Notifications',
    path: '/api/notifications',
    timeoutMs: DEFAULT_TIMEOUT_MS,
    criticality: 'optional',
    retry: optionalRetry,
    cache: { staleTime: 1 * MINUTE, gcTime: 10 * MINUTE },
  },
}

/** Products come as one page of featured items; the skeleton reserves exactly this many cards. */
export const PRODUCTS_PAGE_SIZE = 12
