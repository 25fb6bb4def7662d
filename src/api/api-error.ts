export type ApiErrorKind = 'timeout' | 'offline' | 'http' | 'invalid-data'

/** The one error type every request rejects with; sections switch on `kind`, never on message text. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** The endpoint's name, as in the table. */
  readonly endpoint: string
  readonly status: number | undefined
  /** How long the server asked us to wait before trying again (its `Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined

  constructor(
    kind: ApiErrorKind,
    endpoint: string,
    detail: string,
    options?: { status?: number; cause?: unknown; retryAfterMs?: number },
  ) {
    super(`${endpoint}: ${detail}`, { cause: options?.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.endpoint = endpoint
    this.status = options?.status
    this.retryAfterMs = options?.retryAfterMs
  }

  /** Only failures that may pass on their own are worth another attempt. */
  get isTransient(): boolean {
    if (this.kind === 'offline') return true
    if (this.kind !== 'http' || this.status === undefined) return false
    return this.status >= 500 || this.status === 429
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError
