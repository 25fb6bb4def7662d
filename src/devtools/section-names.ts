import type { EndpointName } from '../api/endpoints'
import type { WriteName } from '../api/writes'

/** The panel stays in English, where a section's name is its endpoint's, capitalised. */
export const sectionName = (name: EndpointName): string => name[0].toUpperCase() + name.slice(1)

/** A write's name in the panel: `markAllRead` reads "Mark all read". */
export const writeName = (name: WriteName): string =>
  name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/^./, (first) => first.toUpperCase())
