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

type FollowLink = (event: MouseEvent<HTMLAnchorElement>) => void
let followInPlace: FollowLink | undefined

/**
 * A filter link's click. Followed in place once the products filter's view has loaded (just after
 * the first render; it brings the code, off the first render's bundle); before, the link loads the
 * page it names, which shows the same.
 */
export const followFilterLink: FollowLink = (event) => followInPlace?.(event)

/** For the products filter's view, as it loads. */
export const provideFollowFilterLink = (follow: FollowLink) => void (followInPlace = follow)
