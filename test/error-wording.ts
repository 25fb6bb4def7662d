import type { ApiErrorKind } from '../src/api/api-error'

/** How each error kind reads on screen (DESIGN.md's taxonomy), for tests that look at the page. */
export const alertWording: Record<ApiErrorKind, RegExp> = {
  timeout: /is taking too long/,
  offline: /can't reach ecomarket|you're offline/i,
  http: /couldn't be loaded \((server error \d+|request error \d+|sign-in needed|no permission|too many requests)\)/,
  'invalid-data': /sent unexpected data/,
}

export const kindOfAlert = (text: string): ApiErrorKind | undefined =>
  (Object.keys(alertWording) as ApiErrorKind[]).find((kind) => alertWording[kind].test(text))
