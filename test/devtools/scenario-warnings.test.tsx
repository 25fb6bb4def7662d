import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import { ScenarioWarnings } from '../../src/devtools/scenario-warnings'

test('bad URL values are shown on the page, naming the value and what is accepted', () => {
  const { warnings } = parseScenarioUrl('?scenario=chaos&profile=slowly')
  render(<ScenarioWarnings warnings={warnings} />)
  const banner = screen.getByRole('status')
  expect(banner).toHaveTextContent('Unknown scenario "chaos". Accepted: documented, notifications-timeout')
  expect(banner).toHaveTextContent('Ignored profile="slowly"')
  expect(screen.getAllByRole('listitem')).toHaveLength(2)
})

test('nothing is shown when the URL is fine', () => {
  const { container } = render(<ScenarioWarnings warnings={parseScenarioUrl('?scenario=flaky').warnings} />)
  expect(container).toBeEmptyDOMElement()
})

test('the warning can be dismissed', async () => {
  const user = userEvent.setup()
  render(<ScenarioWarnings warnings={parseScenarioUrl('?scenario=chaos').warnings} />)
  await user.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
})
