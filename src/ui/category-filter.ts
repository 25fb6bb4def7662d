import { useSyncExternalStore, type MouseEvent } from 'react'
import { useSectionHtml } from './section-html'

// The products section's filter lives in the page's address, `?category=<id>`: shareable, and the
// browser's back and forward buttons go through it. Only the sections that read it (categories,
// which marks the chosen one, and products) subscribe, so no other section draws again when it changes.

const PARAM = 'category'

function subscribe(onChange: () => void) {
  addEventListener('popstate', onChange)
  return () => removeEventListener('popstate', onChange)
}

const currentSearch = () => globalThis.location?.search ?? ''

/**
 * The page's query string, following the address. The HTML a server rendered for a request (a
 * streamed section) was drawn for that request's query, which is the page's own, so hydration draws
 * the same.
 */
export function usePageSearch(): string {
  const { search } = useSectionHtml()
  return useSyncExternalStore(subscribe, currentSearch, () => search ?? currentSearch())
}

/** The category a query string filters products by, if any. */
export const categoryIn = (search: string): string | undefined => new URLSearchParams(search).get(PARAM) || undefined

/** The address with the filter set to a category, or cleared; every other parameter stays. */
export function filterHref(search: string, id?: string): string {
  const params = new URLSearchParams(search)
  if (id === undefined) params.delete(PARAM)
  else params.set(PARAM, id)
  const query = params.toString()
  return query ? `?${query}` : '.'
}

/**
 * A filter link followed in place: the address changes (one history entry), and the sections that
 * read it hear a `popstate`, as when the shopper goes back or forward.
 */
export function followFilterLink(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  if (event.currentTarget.href === location.href) return
  history.pushState(null, '', event.currentTarget.href)
  dispatchEvent(new PopStateEvent('popstate'))
}
