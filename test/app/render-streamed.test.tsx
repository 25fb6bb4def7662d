import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, expect, test } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import { App } from '../../src/app/app'
import { bootDashboard, whenAnswered } from '../../src/app/boot-dashboard'
import { revealStreamedSections } from '../../src/app/head/reveal'
import { renderShells } from '../../src/app/render-shell'
import { renderStreamedSection, type SectionAnswer } from '../../src/app/render-streamed'
import { readStreamedAnswers } from '../../src/app/streamed-answers'
import * as v from 'valibot'
import { endpointNames, endpoints, type EndpointName } from '../../src/api/endpoints'
import type { Locale } from '../../src/i18n/locale'
import { catalogs } from '../render'

// The streamed page end to end, in one process: the server's render of each section, the reveal
// step, the app adopting the answers and hydrating. React reports any difference between what the
// server rendered and what the browser's first pass draws as a recoverable error.

const at = Date.parse('2026-12-03T12:00:00Z')
// What the server's call hands on: each fixture as its endpoint's schema reads it.
const body: Record<string, unknown> = {
  products: fixtures.products,
  categories: fixtures.categories,
  profile: fixtures.profile,
  notifications: fixtures.notifications(),
}
const data = (name: EndpointName) => v.parse(endpoints[name].schema, body[name])

let readyState: DocumentReadyState = 'complete'
beforeEach(() => Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState }))
// Hydrated roots are the test's own (Testing Library's cleanup knows only the roots it rendered).
// So are their query clients: left alive, they would answer the next test's focus and online events.
const roots: Root[] = []
const clients: QueryClient[] = []
afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()))
  clients.splice(0).forEach((client) => client.clear())
  document.body.innerHTML = ''
  readyState = 'complete'
})

/** The document as the server streams it: shell first, then each section with its answer and the reveal step. */
function streamDocument(locale: Locale, answers: SectionAnswer[]) {
  document.documentElement.lang = locale
  document.documentElement.dataset.delivery = 'streamed'
  document.body.innerHTML = `<div id="root">${renderShells()[locale].html}</div>`
  for (const answer of answers) {
    const { html, settled, strings } = renderStreamedSection(answer, locale)
    const block = JSON.stringify({ v: 1, ...answer, strings })
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div class="streamed" data-section="${answer.name}"${settled ? ' data-final' : ''}><script type="application/json" data-answer>${block}</script>${html}</div>`,
    )
    revealStreamedSections()
  }
}

async function hydrateAsTheAppDoes(locale: Locale) {
  const answers = readStreamedAnswers()
  const dashboard = await bootDashboard({ pageAnswers: answers })
  clients.push(dashboard.queryClient)
  const html = answers.takeOver()
  await whenAnswered(dashboard.queryClient, Object.keys(html))
  const mismatches: unknown[] = []
  await act(async () => {
    const root = hydrateRoot(
      document.getElementById('root')!,
      <QueryClientProvider client={dashboard.queryClient}>
        <App
          locale={locale}
          messages={catalogs[locale]}
          html={html}
          formatted={{ strings: answers.strings, record: false }}
        />
      </QueryClientProvider>,
      { onRecoverableError: (error) => mismatches.push(error) },
    )
    roots.push(root)
  })
  return { mismatches, html }
}

test.each(['en', 'es'] as const)(
  'every section streamed with data hydrates without a mismatch (%s)',
  async (locale) => {
    streamDocument(
      locale,
      endpointNames.map((name) => ({ name, at, outcome: { data: data(name) } })),
    )
    const { mismatches, html } = await hydrateAsTheAppDoes(locale)
    expect(mismatches).toEqual([])
    expect(Object.keys(html).sort()).toEqual([...endpointNames].sort())
    // Hydrated: what only the browser draws (the freshness footer) has joined the server's HTML.
    expect(document.querySelectorAll('#root .freshness')).toHaveLength(endpointNames.length)
  },
)

test.each(['en', 'es'] as const)(
  'failures hydrate too: settled ones as the server drew them, a retried one as its skeleton (%s)',
  async (locale) => {
    streamDocument(locale, [
      { name: 'categories', at, outcome: { data: { items: [], omitted: 0 } } },
      { name: 'profile', at, outcome: { error: { kind: 'invalid-data' } } },
      { name: 'notifications', at, outcome: { error: { kind: 'timeout' } } },
      { name: 'products', at, outcome: { error: { kind: 'http', status: 503 } } },
    ])
    const { mismatches, html } = await hydrateAsTheAppDoes(locale)
    expect(mismatches).toEqual([])
    expect(Object.keys(html).sort()).toEqual(['categories', 'notifications', 'profile'])
    expect(document.querySelectorAll('#root [role="alert"]')).toHaveLength(2)
    const products = document.querySelector('#root section[aria-labelledby="products-heading"]')!
    expect(products).toHaveAttribute('aria-busy', 'true')
  },
)
