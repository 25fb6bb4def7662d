/**
 * The one query-key rule: every key starts with its section's name (then its shape,
 * `['products', 'list']`), so a section's queries are found, refetched or reset by name alone.
 */
export const sectionKey = (name: string) => [name] as const
