import { isApiError } from '../api/api-error'

export interface ErrorMessage {
  title: string
  hint: string
}

/** What a failed section tells the shopper, by error kind (DESIGN.md's taxonomy). */
export function describeError(error: unknown, label: string): ErrorMessage {
  if (!isApiError(error)) {
    return { title: `${label} couldn't be shown`, hint: 'Something went wrong on this page. Retry usually helps.' }
  }
  switch (error.kind) {
    case 'timeout':
      return { title: `${label} is taking too long`, hint: 'We stopped waiting so the rest of your dashboard could carry on.' }
    case 'offline':
      return globalThis.navigator?.onLine === false
        ? { title: "You're offline", hint: `${label} will load once your connection is back.` }
        : { title: "Can't reach EcoMarket", hint: `The connection failed while loading ${label.toLowerCase()}.` }
    case 'http': {
      const status = error.status ?? 0
      const what = status >= 500 ? `server error ${status}` : `request error ${status}`
      return { title: `${label} couldn't be loaded (${what})`, hint: 'This is on our side. Retry in a moment.' }
    }
    case 'invalid-data':
      return { title: `${label} sent unexpected data`, hint: "We couldn't read the answer, so we aren't showing it." }
  }
}
