import * as z from 'zod/mini'

// Every body is checked at run time: a wrong one becomes an invalid-data error, never an undefined on screen.

export const ecoLabels = ['organic', 'local', 'fair-trade'] as const

const nonNegative = () => z.number().check(z.nonnegative())

export const productSchema = z.object({
  id: z.string(),
  name: z.string().check(z.minLength(1)),
  priceCents: z.int().check(z.nonnegative()),
  unit: z.string(),
  category: z.string(),
  ecoLabels: z.array(z.enum(ecoLabels)),
  rating: z.number().check(z.gte(0), z.lte(5)),
  reviewCount: z.int().check(z.nonnegative()),
  emoji: z.string(),
})
export const productListSchema = z.array(productSchema)
export type Product = z.infer<typeof productSchema>
export type EcoLabel = (typeof ecoLabels)[number]

export const categorySchema = z.object({
  id: z.string(),
  name: z.string().check(z.minLength(1)),
  productCount: z.int().check(z.nonnegative()),
})
export const categoryListSchema = z.array(categorySchema)
export type Category = z.infer<typeof categorySchema>

export const memberTiers = ['seedling', 'sapling', 'evergreen'] as const

export const profileSchema = z.object({
  name: z.string().check(z.minLength(1)),
  tier: z.enum(memberTiers),
  ecoPoints: z.int().check(z.nonnegative()),
  co2SavedKg: nonNegative(),
  memberSince: z.iso.date(),
})
export type Profile = z.infer<typeof profileSchema>

export const notificationTypes = ['order', 'promo', 'eco-tip', 'system'] as const

export const notificationSchema = z.object({
  id: z.string(),
  type: z.enum(notificationTypes),
  text: z.string().check(z.minLength(1)),
  createdAt: z.iso.datetime({ offset: true }),
  read: z.boolean(),
})
export const notificationListSchema = z.array(notificationSchema)
export type Notification = z.infer<typeof notificationSchema>
