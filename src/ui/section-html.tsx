import { createContext, use } from 'react'

/**
 * What a section's HTML already shows when React takes it over. A streamed section arrives
 * settled (data, empty, or a failure the browser won't retry), rendered by the server at its
 * answer's time; every other section starts as the prerendered shell's skeleton. React's first
 * pass draws exactly that, so hydration matches; from the next render on, the query decides.
 */
export interface SectionHtml {
  settled: boolean
  /** The server's clock when it rendered the section: "now" for its relative times until hydrated. */
  renderedAt?: number
  /** The query string of the request the server rendered it for (the products filter reads `?category=`). */
  search?: string
}

const loadingShell: SectionHtml = { settled: false }

export const SectionHtmlContext = createContext<SectionHtml>(loadingShell)

export const useSectionHtml = (): SectionHtml => use(SectionHtmlContext)
