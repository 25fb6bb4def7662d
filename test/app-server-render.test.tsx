// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { expect, test } from 'vitest'
import { endpointNames } from '../src/api/endpoints'
import { createQueryClient } from '../src/api/query-client'
import { App } from '../src/app'
import english from '../src/i18n/messages/en.json?icu'
import spanish from '../src/i18n/messages/es.json?icu'
import { sectionNames } from './contract'

// The loading shell can be rendered ahead of time, per language, with no browser at all: the
// provider takes the locale and its catalog as props and nothing reads window or navigator.
test.each([
  ['en', english],
  ['es', spanish],
] as const)('the loading shell renders on a server in %s', (locale, messages) => {
  expect(typeof window).toBe('undefined')
  const html = renderToString(<App queryClient={createQueryClient()} locale={locale} messages={messages} />)
  for (const name of endpointNames) {
    expect(html).toContain(`aria-labelledby="${name}-heading" aria-busy="true"`)
    expect(html).toContain(`>${sectionNames[locale][name]}</h2>`)
  }
  expect(html).toContain('role="log"')
  expect(html).toContain(`aria-pressed="true">${locale === 'en' ? 'English' : 'Español'}</button>`)
})
