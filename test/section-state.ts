import { screen, within } from '@testing-library/react'
import { LONG_WORD } from '../mocks/fixtures'
import type { SectionExpectation } from '../mocks/scenarios'
import { endpoints, type EndpointName } from '../src/api/endpoints'
import { kindOfAlert } from './error-wording'

// What a person sees in each final state: the alert's wording per error kind, or the empty state.
const emptyText = /no products yet|no categories yet|you're all caught up/i
// Text each section shows only when it draws the fixtures' data (the profile's "empty" is a new member),
// or the extreme scenario's, whose every text is made of one long word.
const dataText: Record<EndpointName, RegExp> = {
  products: new RegExp(`Organic Apples|${LONG_WORD}`),
  categories: new RegExp(`Fruit & veg|${LONG_WORD}`),
  profile: new RegExp(`Lucía Fernández|New member|${LONG_WORD}`),
  notifications: new RegExp(`plastic-free packaging|${LONG_WORD}`),
}

/** Reads which final state a section shows, or 'loading' while it is busy. */
export function sectionState(name: EndpointName): SectionExpectation | 'loading' | 'unknown' {
  const region = screen.getByRole('region', { name: endpoints[name].label })
  if (region.getAttribute('aria-busy') === 'true') return 'loading'
  const alerts = within(region).queryAllByRole('alert')
  if (alerts.length > 1) return 'unknown'
  if (alerts.length === 1) {
    const kind = kindOfAlert(alerts[0].textContent ?? '')
    const hasRetry = within(alerts[0]).queryByRole('button', { name: 'Retry' }) !== null
    return kind && hasRetry ? kind : 'unknown'
  }
  if (within(region).queryByText(emptyText)) return 'empty'
  return dataText[name].test(region.textContent ?? '') ? 'data' : 'unknown'
}
