import * as v from 'valibot'
// With their extensions: vite.config.ts loads this file too.
import type { DetailAnswer, ListAnswer } from './answer.ts'
import { isRealDate, normaliseTimestamp } from './calendar.ts'
import { displayText, isBlank, isText } from './display-text.ts'

// Every body is checked at run time, never trusted, so nothing undefined or unreadable reaches the
// screen. A list is checked item by item: a wrong item is left out and counted, the rest is shown;
// only a body of the wrong shape fails as a whole (invalid-data). Valibot, because its
// per-function imports keep the shopper's bundle small.

/** The most each value may be: what the layout is built (and tested, with the `extreme` scenario) to hold. */
export const limits = {
  // Texts longer than these are shown cut, in graphemes, never refused.
  nameLength: 200,
  labelLength: 60, // a product's unit and category
  emojiLength: 16,
  messageLength: 500,
  // Longer lists are cut to this many items; the rest is counted as left out.
  listLength: 200,
  // A number past these is wrong data: its item is left out.
  priceCents: 10_000_000, // €100,000
  count: 10_000_000, // reviews, products in a category, eco-points
  co2SavedKg: 1_000_000,
} as const

export const ecoLabels = ['organic', 'local', 'fair-trade'] as const

/** Any text, shown safely: see display-text.ts. Only a lone surrogate is refused, as it isn't text. */
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.check(isText),
    v.transform((sent) => displayText(sent, max)),
  )
/** What an item is known by (a name, a notification's text): text with something to see in it. */
const name = (max: number) =>
  v.pipe(
    text(max),
    v.check((shown) => !isBlank(shown)),
  )
// An empty id is a missing one. Checks rather than minLength and maxLength: fewer valibot functions to ship.
export const id = v.pipe(
  v.string(),
  v.check((sent) => sent !== '' && isText(sent)),
)
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max))
// The bounds also keep out Infinity (JSON's 1e999); v.number() already refuses NaN.
const amount = (max: number) => v.pipe(v.number(), v.minValue(0), v.maxValue(max))

/** The valid items in order, the first of each id, up to the bound; everything else is counted. */
function keepValid<T extends { id: string }>(
  item: v.GenericSchema<unknown, T>,
  sent: readonly unknown[],
): ListAnswer<T> {
  const items: T[] = []
  const ids = new Set<string>()
  for (const entry of sent) {
    if (items.length === limits.listLength) break
    const checked = v.safeParse(item, entry)
    if (checked.success && !ids.has(checked.output.id)) {
      ids.add(checked.output.id)
      items.push(checked.output)
    }
  }
  return { items, omitted: sent.length - items.length }
}

/** A list endpoint's body: any array, checked item by item; it never fails for its items. */
export const listOf = <T extends { id: string }>(item: v.GenericSchema<unknown, T>) =>
  v.pipe(
    v.array(v.unknown()),
    v.transform((sent) => keepValid(item, sent)),
  )

/** What valibot's fallback puts in place of a wrong or missing optional field; JSON can't send it. */
const LEFT_OUT = Symbol('left out')

/** A record that fails only for a wrong required field; each wrong or missing optional one is left out and counted. */
const detailOf = <Required extends v.ObjectEntries, Optional extends v.ObjectEntries>(
  required: Required,
  optional: Optional,
) =>
  v.pipe(
    v.object({
      ...required,
      ...Object.fromEntries(
        Object.entries(optional).map(([key, schema]) => [key, v.fallback(schema, LEFT_OUT as never)]),
      ),
    }),
    v.transform((sent) => {
      const fields = Object.entries(sent)
      const kept = fields.filter(([, value]) => value !== LEFT_OUT)
      return { item: Object.fromEntries(kept), omitted: fields.length - kept.length } as DetailAnswer<
        v.InferOutput<v.ObjectSchema<Required, undefined>> & Partial<v.InferOutput<v.ObjectSchema<Optional, undefined>>>
      >
    }),
  )

export const productSchema = v.object({
  id,
  name: name(limits.nameLength),
  priceCents: count(limits.priceCents),
  unit: text(limits.labelLength),
  /** What the products section filters by (`?category=<id>`): an id of the category list. */
  categoryId: id,
  category: text(limits.labelLength),
  // A label sent twice is shown once.
  ecoLabels: v.pipe(
    v.array(v.picklist(ecoLabels)),
    v.transform((labels) => [...new Set(labels)]),
  ),
  rating: amount(5),
  reviewCount: count(limits.count),
  emoji: text(limits.emojiLength),
})
export const productList = listOf(productSchema)
export type Product = v.InferOutput<typeof productSchema>
export type EcoLabel = (typeof ecoLabels)[number]

export const categorySchema = v.object({
  id,
  name: name(limits.nameLength),
  productCount: count(limits.count),
})
export const categoryList = listOf(categorySchema)
export type Category = v.InferOutput<typeof categorySchema>

/** A calendar date that exists: `2023-02-31` has the right shape but is refused, and so is year 0001. */
const realDate = v.pipe(v.string(), v.check(isRealDate))

/**
 * A moment in time, rewritten as `Date` reads it everywhere: offsets such as `+05` or `+05:30`
 * become UTC, and an impossible date or time (`2023-02-31T10:00:00Z`, `T25:00`) is refused.
 */
const timestamp = v.pipe(
  v.string(),
  // Anchored and without nested repeats, calendar.ts's pattern fails a 100 KB string at once.
  v.check((sent) => normaliseTimestamp(sent) !== undefined),
  v.transform((sent) => normaliseTimestamp(sent)!),
)

export const memberTiers = ['seedling', 'sapling', 'evergreen'] as const

/** Only the name is required: without it there is no one to show; each figure can be left out alone. */
export const profileSchema = detailOf(
  { name: name(limits.nameLength) },
  {
    tier: v.picklist(memberTiers),
    ecoPoints: count(limits.count),
    co2SavedKg: amount(limits.co2SavedKg),
    memberSince: realDate,
  },
)
export type Profile = v.InferOutput<typeof profileSchema>['item']

export const notificationTypes = ['order', 'promo', 'eco-tip', 'system'] as const

export const notificationSchema = v.object({
  id,
  type: v.picklist(notificationTypes),
  text: name(limits.messageLength),
  createdAt: timestamp,
  read: v.boolean(),
})
export const notificationList = listOf(notificationSchema)
export type Notification = v.InferOutput<typeof notificationSchema>
