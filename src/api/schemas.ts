import * as v from 'valibot'

// Every body is checked at run time: a wrong one becomes an invalid-data error, never an undefined
// on screen. Valibot, because its per-function imports keep the shopper's bundle small.

export const ecoLabels = ['organic', 'local', 'fair-trade'] as const

const text = v.pipe(v.string(), v.minLength(1))
const count = v.pipe(v.number(), v.integer(), v.minValue(0))

export const productSchema = v.object({
  id: v.string(),
  name: text,
  priceCents: count,
  unit: v.string(),
  category: v.string(),
  ecoLabels: v.array(v.picklist(ecoLabels)),
  rating: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
  reviewCount: count,
  emoji: v.string(),
})
export const productListSchema = v.array(productSchema)
export type Product = v.InferOutput<typeof productSchema>
export type EcoLabel = (typeof ecoLabels)[number]

export const categorySchema = v.object({
  id: v.string(),
  name: text,
  productCount: count,
})
export const categoryListSchema = v.array(categorySchema)
export type Category = v.InferOutput<typeof categorySchema>

/** A calendar date that exists: `2023-02-31` has the right shape but is refused. */
const realDate = v.pipe(
  v.string(),
  v.isoDate(),
  v.check((text) => {
    const date = new Date(`${text}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
  }, 'not a real date'),
)

export const memberTiers = ['seedling', 'sapling', 'evergreen'] as const

export const profileSchema = v.object({
  name: text,
  tier: v.picklist(memberTiers),
  ecoPoints: count,
  co2SavedKg: v.pipe(v.number(), v.minValue(0)),
  memberSince: realDate,
})
export type Profile = v.InferOutput<typeof profileSchema>

export const notificationTypes = ['order', 'promo', 'eco-tip', 'system'] as const

export const notificationSchema = v.object({
  id: v.string(),
  type: v.picklist(notificationTypes),
  text,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  read: v.boolean(),
})
export const notificationListSchema = v.array(notificationSchema)
export type Notification = v.InferOutput<typeof notificationSchema>
