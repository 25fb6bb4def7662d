import * as v from 'valibot'
import { isRealDate, normaliseTimestamp } from './calendar.ts' // with its extension: vite.config.ts loads this file too

// Every body is checked at run time: a wrong one becomes an invalid-data error, never an undefined
// on screen. Valibot, because its per-function imports keep the shopper's bundle small.

/**
 * The most each value may be. Anything past these is wrong data, refused before it is drawn; the
 * layout is built (and tested, with the `extreme` mock scenario) to hold every value inside them.
 */
export const limits = {
  idLength: 64,
  nameLength: 200,
  labelLength: 60, // a product's unit and category
  emojiLength: 16, // UTF-16 units: room for a family emoji of 11
  messageLength: 500,
  listLength: 200,
  priceCents: 10_000_000, // €100,000
  count: 10_000_000, // reviews, products in a category, eco-points
  co2SavedKg: 1_000_000,
} as const

export const ecoLabels = ['organic', 'local', 'fair-trade'] as const

// Control characters and lone surrogates are never part of a name; they only garble the page.
const garbled = /[\p{Cc}\p{Cs}]/u
const readable = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((text) => text.trim() !== '' && !garbled.test(text), 'blank or garbled'),
  )
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(limits.idLength))
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max))
// The bounds also keep out Infinity (JSON's 1e999); v.number() already refuses NaN.
const amount = (max: number) => v.pipe(v.number(), v.minValue(0), v.maxValue(max))
/** A bounded list whose items have distinct ids, so each keeps its own place on screen. */
const listOf = <T extends { id: string }>(item: v.GenericSchema<unknown, T>) =>
  v.pipe(
    v.array(item),
    v.maxLength(limits.listLength),
    v.check((items) => new Set(items.map((entry) => entry.id)).size === items.length, 'duplicate ids'),
  )

export const productSchema = v.object({
  id,
  name: readable(limits.nameLength),
  priceCents: count(limits.priceCents),
  unit: readable(limits.labelLength),
  category: readable(limits.labelLength),
  ecoLabels: v.pipe(
    v.array(v.picklist(ecoLabels)),
    v.check((labels) => new Set(labels).size === labels.length, 'a label listed twice'),
  ),
  rating: amount(5),
  reviewCount: count(limits.count),
  emoji: v.pipe(
    v.string(),
    v.maxLength(limits.emojiLength),
    v.check((text) => !garbled.test(text), 'control characters'),
  ),
})
export const productListSchema = listOf(productSchema)
export type Product = v.InferOutput<typeof productSchema>
export type EcoLabel = (typeof ecoLabels)[number]

export const categorySchema = v.object({
  id,
  name: readable(limits.nameLength),
  productCount: count(limits.count),
})
export const categoryListSchema = listOf(categorySchema)
export type Category = v.InferOutput<typeof categorySchema>

/** A calendar date that exists: `2023-02-31` has the right shape but is refused. */
const realDate = v.pipe(v.string(), v.check(isRealDate, 'not a real date'))

/**
 * A moment in time, rewritten as `Date` reads it everywhere: offsets such as `+05` or `+05:30`
 * become UTC, and an impossible date or time (`2023-02-31T10:00:00Z`, `T25:00`) is refused.
 */
const timestamp = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((text) => normaliseTimestamp(text) !== undefined, 'not a real moment in time'),
  v.transform((text) => normaliseTimestamp(text)!),
)

export const memberTiers = ['seedling', 'sapling', 'evergreen'] as const

export const profileSchema = v.object({
  name: readable(limits.nameLength),
  tier: v.picklist(memberTiers),
  ecoPoints: count(limits.count),
  co2SavedKg: amount(limits.co2SavedKg),
  memberSince: realDate,
})
export type Profile = v.InferOutput<typeof profileSchema>

export const notificationTypes = ['order', 'promo', 'eco-tip', 'system'] as const

export const notificationSchema = v.object({
  id,
  type: v.picklist(notificationTypes),
  text: readable(limits.messageLength),
  createdAt: timestamp,
  read: v.boolean(),
})
export const notificationListSchema = listOf(notificationSchema)
export type Notification = v.InferOutput<typeof notificationSchema>
