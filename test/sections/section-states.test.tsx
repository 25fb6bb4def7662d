import { fireEvent, screen, within } from '@testing-library/react'
import type { ComponentType } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { setActiveScenario } from '../../mocks/scenario-store'
import { defaultScenario, documentedLatencyMs } from '../../mocks/scenarios'
import { endpoints, type EndpointName } from '../../src/api/endpoints'
import { emptyWording, sectionNames } from '../contract'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { ProfileSection } from '../../src/sections/profile/profile-section'
import { advance, renderWithClient, setScenarioFromUrl } from '../render'

// The contract every section keeps, whatever it shows: one table row per section.
const sections: { name: EndpointName; Section: ComponentType; dataText: RegExp }[] = [
  { name: 'products', Section: ProductsSection, dataText: /Organic Apples/ },
  { name: 'categories', Section: CategoriesSection, dataText: /Fruit & veg/ },
  { name: 'profile', Section: ProfileSection, dataText: /Lucía Fernández/ },
  { name: 'notifications', Section: NotificationsSection, dataText: /shipped in plastic-free packaging/ },
]

// Long enough for every retry of any policy in the table to run out.
const ALL_RETRIES_MS = 12_000

beforeEach(() => {
  vi.useFakeTimers()
})

describe.each(sections)('$name section', ({ name, Section, dataText }) => {
  const label = sectionNames.en[name]
  const what = name === 'profile' || name === 'notifications' ? `your ${name}` : name
  const region = () => screen.getByRole('region', { name: label })
  const latency = documentedLatencyMs[name]

  test('is busy with a skeleton until its data arrives, then shows it', async () => {
    renderWithClient(<Section />)
    expect(region()).toHaveAttribute('aria-busy', 'true')
    expect(within(region()).queryByText(dataText)).not.toBeInTheDocument()
    await advance(latency - 20)
    expect(region()).toHaveAttribute('aria-busy', 'true')
    await advance(70)
    expect(region()).toHaveAttribute('aria-busy', 'false')
    expect(within(region()).getByText(dataText)).toBeVisible()
    expect(within(region()).queryByRole('alert')).not.toBeInTheDocument()
  })

  test('a timeout settles at once, after the 2 s timeout, without retrying', async () => {
    setScenarioFromUrl(`?${name}=timeout`)
    renderWithClient(<Section />)
    await advance(endpoints[name].timeoutMs - 50)
    expect(region()).toHaveAttribute('aria-busy', 'true')
    expect(within(region()).getByRole('status')).toBeEmptyDOMElement()
    await advance(100)
    expect(region()).toHaveAttribute('aria-busy', 'false')
    const alert = within(region()).getByRole('alert')
    expect(alert).toHaveTextContent(`Loading ${what} took too long`)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  })

  test('a network error is retried with a visible note, then says EcoMarket cannot be reached', async () => {
    setScenarioFromUrl(`?${name}=offline@0`)
    renderWithClient(<Section />)
    // The note is there, empty, before it has anything to say, so screen readers notice its first words.
    expect(within(region()).getByRole('status')).toBeEmptyDOMElement()
    await advance(50)
    expect(region()).toHaveAttribute('aria-busy', 'true')
    expect(within(region()).getByRole('status')).toHaveTextContent(`Retrying (1 of ${endpoints[name].retry.retries})`)
    await advance(ALL_RETRIES_MS)
    expect(region()).toHaveAttribute('aria-busy', 'false')
    expect(within(region()).getByRole('alert')).toHaveTextContent("can't reach EcoMarket")
    expect(within(region()).getByRole('status')).toBeEmptyDOMElement()
  })

  test('an HTTP 500 says the problem is on our side, after its retries', async () => {
    setScenarioFromUrl(`?${name}=error@0`)
    renderWithClient(<Section />)
    await advance(ALL_RETRIES_MS)
    const alert = within(region()).getByRole('alert')
    expect(alert).toHaveTextContent(`We couldn't load ${what}`)
    expect(alert).toHaveTextContent("There's a problem on our side")
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  })

  test('a body that fails validation says it could not be read, at once', async () => {
    setScenarioFromUrl(`?${name}=malformed@0`)
    renderWithClient(<Section />)
    await advance(50)
    expect(region()).toHaveAttribute('aria-busy', 'false')
    expect(within(region()).getAllByRole('alert')).toHaveLength(1)
    expect(within(region()).getByRole('alert')).toHaveTextContent(`We couldn't read ${what}`)
  })

  test('Retry shows the skeleton again, then the data', async () => {
    setScenarioFromUrl(`?${name}=error@0`)
    renderWithClient(<Section />)
    await advance(ALL_RETRIES_MS)
    setActiveScenario(defaultScenario)
    // fireEvent, not user-event: Testing Library's async wrapper waits on a timer only Jest's fake clock advances.
    fireEvent.click(within(within(region()).getByRole('alert')).getByRole('button', { name: 'Retry' }))
    await advance(0)
    expect(region()).toHaveAttribute('aria-busy', 'true')
    expect(within(region()).queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: label })).toHaveFocus()
    await advance(latency + 50)
    expect(region()).toHaveAttribute('aria-busy', 'false')
    expect(within(region()).getByText(dataText)).toBeVisible()
  })
})

describe.each(sections.filter((s) => s.name !== 'profile'))('$name list', ({ name, Section }) => {
  test('an empty list shows an empty state, not a blank box', async () => {
    setScenarioFromUrl(`?${name}=empty@0`)
    renderWithClient(<Section />)
    await advance(50)
    const region = screen.getByRole('region', { name: sectionNames.en[name] })
    expect(region).toHaveAttribute('aria-busy', 'false')
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
    expect(within(region).getByText(emptyWording)).toBeVisible()
  })
})

describe.each(sections.filter((s) => s.name === 'products' || s.name === 'categories'))(
  '$name empty state',
  ({ name, Section, dataText }) => {
    test('offers to check again, which starts over from the skeleton and shows what arrived', async () => {
      setScenarioFromUrl(`?${name}=empty@0`)
      renderWithClient(<Section />)
      await advance(50)
      const region = screen.getByRole('region', { name: sectionNames.en[name] })
      setActiveScenario(defaultScenario)
      fireEvent.click(within(region).getByRole('button', { name: 'Check again' }))
      await advance(0)
      expect(region).toHaveAttribute('aria-busy', 'true')
      expect(screen.getByRole('heading', { level: 2, name: sectionNames.en[name] })).toHaveFocus()
      await advance(documentedLatencyMs[name] + 50)
      expect(within(region).getByText(dataText)).toBeVisible()
    })
  },
)
