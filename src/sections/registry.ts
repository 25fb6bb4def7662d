import type { ComponentType } from 'react'
import { endpoints, type Endpoint, type EndpointName } from '../api/endpoints'
import { CategoriesSection } from './categories/categories-section'
import { NotificationsSection } from './notifications/notifications-section'
import { ProductsSection } from './products/products-section'
import { ProfileSection } from './profile/profile-section'

/** One dashboard section: its endpoint (path, schema, retries, cache: the query follows from it) and what shows it. */
export interface SectionEntry {
  endpoint: Endpoint<string>
  Component: ComponentType
  /** On wide screens, the narrow first column or the wide second one; phones stack them in this order. */
  column: 'side' | 'main'
}

/**
 * Every section of the dashboard, in the order they appear. What is time-sensitive comes first: the
 * short profile summary, then notifications, both within a phone's first screen. Products come
 * last everywhere: the longest section, and one whose finished state can shrink without moving
 * anything below it.
 */
export const dashboardSections = [
  { endpoint: endpoints.profile, Component: ProfileSection, column: 'side' },
  { endpoint: endpoints.notifications, Component: NotificationsSection, column: 'side' },
  { endpoint: endpoints.categories, Component: CategoriesSection, column: 'main' },
  { endpoint: endpoints.products, Component: ProductsSection, column: 'main' },
] as const satisfies readonly SectionEntry[]

// A table entry without a section doesn't compile (the error names it).
type WithoutSection = Exclude<EndpointName, (typeof dashboardSections)[number]['endpoint']['name']>
export const everyEndpointHasASection: [WithoutSection] extends [never] ? true : WithoutSection = true

/** The sections of each column, left to right, in registry order. */
export const columnsOf = (sections: readonly SectionEntry[]): SectionEntry[][] =>
  (['side', 'main'] as const).map((column) => sections.filter((section) => section.column === column))
