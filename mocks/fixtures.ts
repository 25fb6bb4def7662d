import { PRODUCTS_PAGE_SIZE } from '../src/api/endpoints'
import { ecoLabels, limits, type Category, type Notification, type Product, type Profile } from '../src/api/schemas'

// The mock API's data: one featured page of products, the category list, one member and their inbox.

export const categories: Category[] = [
  { id: 'c-fruit-veg', name: 'Fruit & veg', productCount: 48 },
  { id: 'c-pantry', name: 'Pantry', productCount: 126 },
  { id: 'c-bakery', name: 'Bakery', productCount: 19 },
  { id: 'c-dairy-alt', name: 'Dairy alternatives', productCount: 23 },
  { id: 'c-home-body', name: 'Home & body', productCount: 64 },
  { id: 'c-refills', name: 'Refills', productCount: 31 },
]

/** A product's category: its id, and its name as the category list spells it (one source for both). */
function inCategory(id: string): Pick<Product, 'categoryId' | 'category'> {
  const category = categories.find((candidate) => candidate.id === id)
  if (!category) throw new Error(`no category ${id} in the fixtures`)
  return { categoryId: category.id, category: category.name }
}

export const products: Product[] = [
  {
    id: 'p-apples',
    name: 'Organic Apples',
    priceCents: 349,
    unit: '1 kg',
    ...inCategory('c-fruit-veg'),
    ecoLabels: ['organic', 'local'],
    rating: 4.7,
    reviewCount: 212,
    emoji: '🍎',
  },
  {
    id: 'p-oat-milk',
    name: 'Oat Drink, No Added Sugar',
    priceCents: 229,
    unit: '1 l',
    ...inCategory('c-dairy-alt'),
    ecoLabels: ['organic'],
    rating: 4.5,
    reviewCount: 486,
    emoji: '🥛',
  },
  {
    id: 'p-coffee',
    name: 'Highland Coffee Beans',
    priceCents: 1190,
    unit: '500 g',
    ...inCategory('c-pantry'),
    ecoLabels: ['fair-trade', 'organic'],
    rating: 4.8,
    reviewCount: 903,
    emoji: '☕',
  },
  {
    id: 'p-bread',
    name: 'Sourdough Rye Loaf',
    priceCents: 420,
    unit: '800 g',
    ...inCategory('c-bakery'),
    ecoLabels: ['local'],
    rating: 4.6,
    reviewCount: 158,
    emoji: '🍞',
  },
  {
    id: 'p-tomatoes',
    name: 'Heirloom Tomatoes',
    priceCents: 475,
    unit: '750 g',
    ...inCategory('c-fruit-veg'),
    ecoLabels: ['organic', 'local'],
    rating: 4.4,
    reviewCount: 97,
    emoji: '🍅',
  },
  {
    id: 'p-chocolate',
    name: 'Dark Chocolate 72%',
    priceCents: 315,
    unit: '100 g',
    ...inCategory('c-pantry'),
    ecoLabels: ['fair-trade'],
    rating: 4.9,
    reviewCount: 1204,
    emoji: '🍫',
  },
  {
    id: 'p-brush',
    name: 'Bamboo Toothbrush, 4-pack',
    priceCents: 899,
    unit: '4 pieces',
    ...inCategory('c-home-body'),
    ecoLabels: [],
    rating: 4.3,
    reviewCount: 341,
    emoji: '🪥',
  },
  {
    id: 'p-honey',
    name: 'Wildflower Honey',
    priceCents: 790,
    unit: '350 g',
    ...inCategory('c-pantry'),
    ecoLabels: ['local', 'organic'],
    rating: 4.8,
    reviewCount: 265,
    emoji: '🍯',
  },
  {
    id: 'p-soap',
    name: 'Olive Oil Soap Bar',
    priceCents: 450,
    unit: '120 g',
    ...inCategory('c-home-body'),
    ecoLabels: ['organic'],
    rating: 4.5,
    reviewCount: 188,
    emoji: '🧼',
  },
  {
    id: 'p-lentils',
    name: 'Red Lentils',
    priceCents: 265,
    unit: '1 kg',
    ...inCategory('c-pantry'),
    ecoLabels: ['organic'],
    rating: 4.6,
    reviewCount: 134,
    emoji: '🫘',
  },
  {
    id: 'p-eggs',
    name: 'Free-range Eggs',
    priceCents: 385,
    unit: '6 pieces',
    ...inCategory('c-dairy-alt'),
    ecoLabels: ['local'],
    rating: 4.7,
    reviewCount: 522,
    emoji: '🥚',
  },
  {
    id: 'p-tea',
    name: 'Green Tea, Loose Leaf',
    priceCents: 640,
    unit: '100 g',
    ...inCategory('c-pantry'),
    ecoLabels: ['fair-trade', 'organic'],
    rating: 4.6,
    reviewCount: 309,
    emoji: '🍵',
  },
]

export const profile: Profile = {
  name: 'Lucía Fernández',
  tier: 'sapling',
  ecoPoints: 2_480,
  co2SavedKg: 38.6,
  memberSince: '2023-04-12',
}

/** A brand-new member: the profile's "valid but empty" answer. */
export const newMemberProfile: Profile = {
  name: 'New member',
  tier: 'seedling',
  ecoPoints: 0,
  co2SavedKg: 0,
  memberSince: '2026-01-01',
}

const inbox: (Omit<Notification, 'createdAt'> & { minutesAgo: number })[] = [
  {
    id: 'n-ship',
    type: 'order',
    text: 'Your order #4821 has shipped in plastic-free packaging.',
    minutesAgo: 4,
    read: false,
  },
  {
    id: 'n-offer',
    type: 'promo',
    text: '15% off refills this weekend with code REFILL15.',
    minutesAgo: 95,
    read: false,
  },
  {
    id: 'n-tip',
    type: 'eco-tip',
    text: 'Store apples apart from other fruit to keep both fresh for longer.',
    minutesAgo: 60 * 26,
    read: false,
  },
  {
    id: 'n-points',
    type: 'system',
    text: 'You earned 120 eco-points on your last order.',
    minutesAgo: 60 * 24 * 3,
    read: true,
  },
  {
    id: 'n-delivered',
    type: 'order',
    text: 'Order #4790 was delivered. How was it?',
    minutesAgo: 60 * 24 * 9,
    read: true,
  },
]

/** Notification times are relative to the moment of the request, so "4 minutes ago" stays true. */
export const notifications = (now: number = Date.now()): Notification[] =>
  inbox.map(({ minutesAgo, ...notification }) => ({
    ...notification,
    createdAt: new Date(now - minutesAgo * 60_000).toISOString(),
  }))

/** What the live socket pushes, in turn: each push becomes a new, unread notification with its own id. */
export const liveNotificationTemplates: Pick<Notification, 'type' | 'text'>[] = [
  { type: 'order', text: 'Your refill order is out for delivery by cargo bike.' },
  { type: 'promo', text: 'New this week: zero-waste pantry staples, 10% off.' },
  { type: 'eco-tip', text: 'Freeze overripe bananas for smoothies instead of throwing them away.' },
  { type: 'system', text: 'You reached 2,500 eco-points. Thank you for shopping sustainably!' },
]
// The `extreme` scenario's data: valid, but every text, number and list at the limit the schemas
// allow, so the layout is tested against the worst an API may send.

/** The longest surname on record: one word, so nothing can wrap at a space. */
export const LONG_WORD = 'Wolfeschlegelsteinhausenbergerdorff'
const longWord = (length: number) => LONG_WORD.repeat(Math.ceil(length / LONG_WORD.length)).slice(0, length)
/** The 110-character name with spaces that an outside audit used. */
const longName = 'Extra large family pack of organic heirloom tomatoes, '.repeat(3).slice(0, 110)
/**
 * A list as long as the schema allows. The first items, as many as a products page (no section
 * shows more), are extreme; the rest only count ("+195 more", "200 unread"), so they stay small
 * and the bodies stay quick to serve.
 */
const manyOf = <T>(make: (index: number, isShown: boolean) => T): T[] =>
  Array.from({ length: limits.listLength }, (_, index) => make(index, index < PRODUCTS_PAGE_SIZE))
// Distinct ids, as long as a real API's longest (a prefixed UUID is about 40 characters).
const longId = (index: number) => String(index).padStart(64, 'x')
// The latest moment, the earliest, and offsets `Date` can't read (the schema rewrites them in UTC).
const extremeTimes = [
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '2024-01-01T00:00:00+05',
  '2024-01-01T00:00:00 +05:30',
]

export const extreme = {
  products: (): Product[] =>
    manyOf((index, isShown) => ({
      id: longId(index),
      name: !isShown ? 'Apples' : index % 2 === 0 ? longWord(limits.nameLength) : longName,
      priceCents: limits.priceCents,
      unit: isShown ? longWord(limits.labelLength) : '1 kg',
      categoryId: longId(index),
      category: isShown ? longWord(limits.labelLength) : 'Fruit',
      ecoLabels: [...ecoLabels],
      rating: 5,
      reviewCount: limits.count,
      emoji: '👨‍👩‍👧‍👦🌍',
    })),
  categories: (): Category[] =>
    manyOf((index, isShown) => ({
      id: longId(index),
      name: isShown ? longWord(limits.nameLength) : 'Pantry',
      productCount: limits.count,
    })),
  profile: (): Profile => ({
    name: longWord(limits.nameLength),
    tier: 'evergreen',
    ecoPoints: limits.count,
    co2SavedKg: limits.co2SavedKg,
    memberSince: '1970-01-01',
  }),
  notifications: (): Notification[] =>
    manyOf((index, isShown) => ({
      id: longId(index),
      type: 'system',
      text: isShown ? longWord(limits.messageLength) : 'Your order has shipped.',
      createdAt: extremeTimes[index % extremeTimes.length],
      read: false,
    })),
}

// The `partial` outcome's data: the everyday fixtures with a few items bent, each one way that
// leaves an item out (src/api/schemas.ts); the rest is shown, with a note counting what wasn't.

type Bent = Record<string, unknown>
const bend = <T extends object>(list: readonly T[], changes: Record<number, Bent>): Bent[] =>
  list.map((item, index) => ({ ...item, ...changes[index] }))

export const partial = {
  products: (): Bent[] =>
    bend(products, {
      2: { priceCents: -1 }, // a number outside its bounds
      5: { ecoLabels: ['fair-trade', 'vegan'] }, // a value outside its enum
      8: { id: products[0].id }, // an id already seen: the first keeps it
    }),
  categories: (): Bent[] =>
    bend(categories, {
      2: { productCount: '19' }, // a number sent as text
      5: { name: '   ' }, // a blank name
    }),
  // Two optional figures; the name, the one required field, stays right.
  profile: (): Bent => ({ ...profile, tier: 'platinum', memberSince: '0001-01-01' }),
  notifications: (now: number = Date.now()): Bent[] =>
    bend(notifications(now), {
      1: { type: 'newsletter' }, // a value outside its enum
      3: { createdAt: '0001-01-01T00:00:00Z' }, // a date before any the dashboard shows
    }),
}

// The `overlong` outcome's data: valid lists longer than a list may be, cut to the bound on
// arrival (the rest counted as left out); for the profile, a 100 KB name, shown cut.

/** How many items past the bound an overlong list carries. */
export const OVERLONG_EXTRA = 50
const pastTheBound = <T extends { id: string }>(list: readonly T[]): T[] =>
  Array.from({ length: limits.listLength + OVERLONG_EXTRA }, (_, index) => ({
    ...list[index % list.length],
    id: `${list[index % list.length].id}-${index}`,
  }))

export const overlong = {
  products: (): Product[] => pastTheBound(products),
  categories: (): Category[] => pastTheBound(categories),
  profile: (): Profile => ({ ...profile, name: `${profile.name} `.repeat(6_400) }),
  notifications: (now: number = Date.now()): Notification[] => pastTheBound(notifications(now)),
}
