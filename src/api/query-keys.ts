/**
 * The one query-key rule: every key starts with its section's name (then its shape,
 * `['products', 'list']`), so a section's queries are found, refetched or reset by name alone.
 */
export const sectionKey = (name: string) => [name] as const

/** The section a query belongs to, read back from its key by the same rule. */
export const sectionOfKey = (queryKey: readonly unknown[]): string | undefined =>
  typeof queryKey[0] === 'string' ? queryKey[0] : undefined
