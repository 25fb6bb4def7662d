import type { QueryClient } from '@tanstack/react-query'
import { ApiError, type ApiErrorKind } from './api-error'

// Answers a page brings with it: on the streamed page the server made each section's first call,
// and its answer (or the failure it met) arrives in the document. Each is adopted as its query's
// first attempt, so retries, error kinds and the retry count go on from there, unchanged.

/** The JSON block of one streamed section (docs/architecture.md, "The answer block"). */
export interface PageAnswer {
  v: 1
  name: string
  /** The server's clock (ms since the epoch) when the answer settled and the section was rendered. */
  at: number
  outcome: { data: unknown } | { error: { kind: ApiErrorKind; status?: number; retryAfterMs?: number } }
  /** Intl's output in the server's render, for the browser to draw the same text (src/i18n/format-memo.ts). */
  strings: Record<string, string>
}

/** The answers one page load brought, waiting to be adopted. */
export interface PageAnswers {
  /** The section's answer; undefined once the page is complete without one (then the browser asks itself). */
  take(name: string): Promise<PageAnswer | undefined>
}

// Per query client, so one page's answers never reach another client (a test's, say).
const answersOf = new WeakMap<QueryClient, PageAnswers>()

export const attachPageAnswers = (client: QueryClient, answers: PageAnswers): void =>
  void answersOf.set(client, answers)

/** A section's page answer, for its query's first attempt; undefined when the page brought none. */
export const takePageAnswer = (client: QueryClient, name: string): Promise<PageAnswer | undefined> | undefined =>
  answersOf.get(client)?.take(name)

/** The answer as an attempt's result: the data, or the server's failure as the ApiError a fetch would have thrown. */
export function adoptPageAnswer<Data>(answer: PageAnswer): Data {
  if ('data' in answer.outcome) return answer.outcome.data as Data // our own server validated it with the same schema
  const { kind, status, retryAfterMs } = answer.outcome.error
  throw new ApiError(kind, answer.name, "the server's call failed", { status, retryAfterMs })
}

/** Whether the browser would try again after this answer: a failure that may pass (offline, 5xx, 429). */
export const settlesSection = (answer: PageAnswer): boolean => {
  if ('data' in answer.outcome) return true
  const { kind, status } = answer.outcome.error
  return !new ApiError(kind, answer.name, '', { status }).isTransient
}
