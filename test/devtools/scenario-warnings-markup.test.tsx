import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { expect, onTestFinished, test, vi } from 'vitest'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import { App } from '../../src/app/app'
import { createQueryClient } from '../../src/api/query-client'
import { ScenarioWarnings } from '../../src/devtools/scenario-warnings'
import { drawScenarioWarnings, drawWarningsIntoShell, warningsTitle } from '../../src/devtools/scenario-warnings-markup'
import { inLanguage } from '../render'

const urls = ['?scenario=chaos', '?scenario=chaos&products=fast&notifications=error@-1', `?live=<b>&amp;"'`]

test.each(urls)('the banner drawn before the first paint is the markup React renders, for %s', (search) => {
  const { warnings } = parseScenarioUrl(search)
  const { container } = render(<ScenarioWarnings warnings={warnings} />)
  expect(drawScenarioWarnings(document, warnings).isEqualNode(container.firstChild)).toBe(true)
})

/** The page as a build serves it: the prerendered shell, in #root. */
function prerenderedShell() {
  const server = new QueryClient()
  const html = renderToString(
    <QueryClientProvider client={server}>
      <App {...inLanguage()} />
    </QueryClientProvider>,
  )
  server.clear()
  const root = document.body.appendChild(document.createElement('div'))
  root.id = 'root'
  root.innerHTML = html
  onTestFinished(() => root.remove())
  return root
}

test('React hydrates the banner drawn into the shell, where it was, and Dismiss removes it', async () => {
  const { warnings } = parseScenarioUrl('?scenario=chaos&profile=slowly')
  const container = prerenderedShell()
  drawWarningsIntoShell(document, warnings)
  const drawn = screen.getByText(warningsTitle).closest('[role="status"]')
  expect(drawn?.nextElementSibling).toHaveClass('dashboard')

  const client = createQueryClient()
  const onRecoverableError = vi.fn()
  const app = (banner: ReactNode) => (
    <QueryClientProvider client={client}>
      <App {...inLanguage()} banner={banner} />
    </QueryClientProvider>
  )
  const { unmount } = render(app(<ScenarioWarnings warnings={warnings} />), {
    container,
    hydrate: true,
    onRecoverableError,
  })
  expect(onRecoverableError).not.toHaveBeenCalled()
  expect(screen.getByText(warningsTitle).closest('[role="status"]')).toBe(drawn) // adopted, not redrawn

  await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByText(warningsTitle)).not.toBeInTheDocument()
  unmount()
  client.clear()
})

test('with nothing to warn about, or no shell (the dev server), nothing is drawn', () => {
  drawWarningsIntoShell(document, parseScenarioUrl('?scenario=chaos').warnings)
  expect(screen.queryByText(warningsTitle)).not.toBeInTheDocument()
  prerenderedShell()
  drawWarningsIntoShell(document, parseScenarioUrl('?scenario=flaky').warnings)
  expect(screen.queryByText(warningsTitle)).not.toBeInTheDocument()
})
