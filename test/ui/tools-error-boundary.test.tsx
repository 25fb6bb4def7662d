import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ToolsErrorBoundary } from '../../src/ui/tools-error-boundary'
import { allowConsole } from '../console-guard'

function BrokenTools(): never {
  throw new Error('the panel broke while drawing')
}

test('developer tools that fail while drawing disappear, and the page beside them stays', () => {
  allowConsole(/the panel broke while drawing|The developer tools failed|The above error occurred/)
  render(
    <>
      <main>
        <h1>Your dashboard</h1>
      </main>
      <ToolsErrorBoundary>
        <aside aria-label="Developer tools">
          <BrokenTools />
        </aside>
      </ToolsErrorBoundary>
    </>,
  )
  expect(screen.getByRole('heading', { name: 'Your dashboard' })).toBeVisible()
  expect(screen.queryByRole('complementary', { name: 'Developer tools' })).not.toBeInTheDocument()
})

test('tools that draw fine are shown as they are', () => {
  render(
    <ToolsErrorBoundary>
      <aside aria-label="Developer tools">panel</aside>
    </ToolsErrorBoundary>,
  )
  expect(screen.getByRole('complementary', { name: 'Developer tools' })).toHaveTextContent('panel')
})
