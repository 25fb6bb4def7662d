import type { EndpointName } from '../api/endpoints'

/** The panel stays in English, where a section's name is its endpoint's, capitalised. */
export const sectionName = (name: EndpointName): string => name[0].toUpperCase() + name.slice(1)
