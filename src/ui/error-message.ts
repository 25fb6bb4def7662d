import { isApiError } from '../api/api-error'

export interface ErrorMessage {
  title: string
  hint: string
}

/** What a failed section tells the shopper, by error kind (DESIGN.md's taxonomy). */
export function describeError(error: unknown, label: string): ErrorMessage {
  if (!isApiError(error)) {
    // A drawing error: the data arrived, but this page couldn't show it. Fetching again may not help.
    return { title: `${label} couldn't be shown`, hint: 'The information arrived, but something in it could not be displayed. The rest of your dashboard is unaffected.' }
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
      if (status === 401) return { title: `${label} couldn't be loaded (sign-in needed)`, hint: 'Your session may have ended. Sign in to EcoMarket again to see it.' }
      if (status === 403) return { title: `${label} couldn't be loaded (no permission)`, hint: "Your account doesn't have access to this. If that seems wrong, contact EcoMarket support." }
      if (status === 429) return { title: `${label} couldn't be loaded (too many requests)`, hint: 'EcoMarket is busy right now. Try again in a moment.' }
      if (status >= 500) return { title: `${label} couldn't be loaded (server error ${status})`, hint: 'This is on our side. Retry in a moment.' }
      return { title: `${label} couldn't be loaded (request error ${status})`, hint: "EcoMarket couldn't answer this request. Reloading the page may help." }
    }
    case 'invalid-data':
      return { title: `${label} sent unexpected data`, hint: "We couldn't read the answer, so we aren't showing it." }
  }
}
