// What a validated answer holds: what can be shown, and how much of what was sent was left out.
// One wrong item never blanks a section; only a body of the wrong shape is invalid-data.

/** A list endpoint's answer: its valid items, in order, each id once, at most the list's bound. */
export interface ListAnswer<T> {
  items: T[]
  /** Items sent but not shown: wrong, a repeated id, or past the bound. */
  omitted: number
}

/** A single record's answer: its required fields, and each optional field that was valid. */
export interface DetailAnswer<T> {
  item: T
  /** Optional fields sent wrong or not at all, and so left out of `item`. */
  omitted: number
}

export type Answer = ListAnswer<unknown> | DetailAnswer<unknown>

/** How much of an answer was left out; 0 for anything that isn't one. */
export const omittedOf = (data: unknown): number => (data as Partial<Answer> | undefined)?.omitted ?? 0

/** A list with nothing to show, even if every item it had was left out: the section draws its empty state. */
export const isEmptyAnswer = (data: unknown): boolean =>
  (data as Partial<ListAnswer<unknown>> | undefined)?.items?.length === 0
