import { screen, within } from '@testing-library/react'
import { LONG_WORD } from '../mocks/fixtures'
import type { SectionExpectation } from '../mocks/scenarios'
import type { EndpointName } from '../src/api/endpoints'
import { emptyWording, kindOfAlert, retryName, sectionNames, type ContractLocale } from './contract'

// Text each section shows only when it draws the fixtures' data (the profile's "empty" is a new member),
// or the extreme scenario's, whose every text is made of one long word.
const dataText: Record<EndpointName, RegExp> = {
  products: new RegExp(`Organic Apples|${LONG_WORD}`),
  categories: new RegExp(`Fruit & veg|${LONG_WORD}`),
  profile: new RegExp(`Lucía Fernández|New member|${LONG_WORD}`),
  notifications: new RegExp(`plastic-free packaging|${LONG_WORD}`),
}

type SeenState = SectionExpectation | 'loading' | 'unknown'

/** Reads which final state a section shows, or 'loading' while it is busy, on a page in `locale`. */
export const sectionStateIn =
  (locale: ContractLocale) =>
  (name: EndpointName): SeenState =>
    readState(name, locale)

/** The same, on an English page. */
export const sectionState = sectionStateIn('en')

function readState(name: EndpointName, locale: ContractLocale): SeenState {
  const region = screen.getByRole('region', { name: sectionNames[locale][name] })
  if (region.getAttribute('aria-busy') === 'true') return 'loading'
  const alerts = within(region).queryAllByRole('alert')
  if (alerts.length > 1) return 'unknown'
  if (alerts.length === 1) {
    const kind = kindOfAlert(alerts[0].textContent ?? '')
    const hasRetry = within(alerts[0]).queryByRole('button', { name: retryName[locale] }) !== null
    return kind && hasRetry ? kind : 'unknown'
  }
  if (within(region).queryByText(emptyWording)) return 'empty'
  return dataText[name].test(region.textContent ?? '') ? 'data' : 'unknown'
}
