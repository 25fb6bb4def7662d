// @vitest-environment node
import { expect, test } from 'vitest'
import { endpointNames } from '../../src/api/endpoints'
import { renderShells } from '../../src/app/render-shell'
import { sectionNames } from '../contract'

// The loading shell can be rendered ahead of time, per language, with no browser at all: the
// provider takes the locale and its catalog as props and nothing reads window or navigator.
test.each(['en', 'es'] as const)('the loading shell renders on a server in %s', (locale) => {
  expect(typeof window).toBe('undefined')
  const { html } = renderShells()[locale]
  for (const name of endpointNames) {
    expect(html).toContain(`aria-labelledby="${name}-heading" aria-busy="true"`)
    expect(html).toContain(`>${sectionNames[locale][name]}</h2>`)
  }
  expect(html).toContain('role="log"')
  expect(html).toContain(`aria-pressed="true">${locale === 'en' ? 'English' : 'Español'}</button>`)
})
