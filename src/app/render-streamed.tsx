import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { ApiError, type ApiErrorKind } from '../api/api-error'
import { endpointQuery } from '../api/endpoint-query'
import type { Endpoint } from '../api/endpoints'
import type { Messages } from '../i18n/catalogs'
import type { FormatMemo } from '../i18n/format-memo'
import { I18nProvider } from '../i18n/i18n-context'
import type { Locale } from '../i18n/locale'
// Both catalogs statically: this module runs on the server, which renders either language.
import en from '../i18n/messages/en.json?icu'
import es from '../i18n/messages/es.json?icu'
import * as filterView from '../sections/products/filter-view'
import { provideFilterView } from '../sections/products/filter-view-loader'
import { dashboardSections } from '../sections/registry'
import { SectionHtmlContext } from '../ui/section-html'

// The server build of the components (build/streamed-document.ts builds it into the server's
// folder): the dashboard's server renders each streamed section with the same components the
// browser hydrates, from the answer its own call got.

const catalogs: Record<Locale, Messages> = { en, es }

// The products filter's view, which the browser loads apart: here it is in the server's own bundle.
provideFilterView(filterView)

export interface SectionAnswer {
  name: string
  outcome: { data: unknown } | { error: { kind: ApiErrorKind; status?: number; retryAfterMs?: number } }
  /** When it settled (the server's clock): the section is rendered as of then. */
  at: number
}

export interface RenderedSection {
  /** The section's `<section>` element. */
  html: string
  /** True when it shows the section's settled state; false for a failure the browser will retry. */
  settled: boolean
  /** Intl's output in this render, for the browser's hydration to reuse (src/i18n/format-memo.ts). */
  strings: Record<string, string>
}

/** `search`: the page's query string, as the browser asked for it (the products filter, `?category=`, is in it). */
export type RenderStreamedSection = (answer: SectionAnswer, locale: Locale, search?: string) => RenderedSection

/**
 * One section as its answer leaves it: data (or empty), or the failure's message. A failure the
 * browser would retry is rendered too, for a page whose script never runs; the reveal step leaves
 * it out and the browser retries instead.
 */
export const renderStreamedSection: RenderStreamedSection = (answer, locale, search = '') => {
  const section = dashboardSections.find((entry) => entry.endpoint.name === answer.name)
  if (!section) throw new Error(`no section for ${answer.name}`)
  const queryClient = new QueryClient()
  const endpoint: Endpoint<string> = section.endpoint
  const { queryKey } = endpointQuery(endpoint)
  let settled = true
  if ('data' in answer.outcome) {
    queryClient.setQueryData(queryKey, answer.outcome.data, { updatedAt: answer.at })
  } else {
    const { kind, status, retryAfterMs } = answer.outcome.error
    const error = new ApiError(kind, answer.name, "the server's call failed", { status, retryAfterMs })
    settled = !error.isTransient
    queryClient
      .getQueryCache()
      .build(queryClient, { queryKey })
      .setState({ status: 'error', error, errorUpdatedAt: answer.at, fetchFailureCount: 1, fetchFailureReason: error })
  }
  const formatted: FormatMemo = { strings: new Map(), record: true }
  try {
    const html = renderToString(
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={locale} messages={catalogs[locale]} formatted={formatted}>
          <SectionHtmlContext value={{ settled: true, renderedAt: answer.at, search }}>
            <section.Component />
          </SectionHtmlContext>
        </I18nProvider>
      </QueryClientProvider>,
    )
    return { html, settled, strings: Object.fromEntries(formatted.strings) }
  } finally {
    queryClient.clear() // the queries' garbage-collection timers would keep the server's event loop busy
  }
}
