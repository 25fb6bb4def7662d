import fc from 'fast-check'
import { EARLIEST_MS, LATEST_MS } from '../src/api/calendar'
import { ecoLabels, limits, memberTiers, notificationTypes } from '../src/api/schemas'

// fast-check generators for the API's data: `valid.*` stays inside the documented limits (edges,
// odd Unicode and markup included), `hostile.*` mixes in what a broken or hostile API could send.

/** Fixed so a failure reproduces; fast-check prints the seed and path of any counterexample. */
export const propertyOptions = { seed: 20_261_128 }

const padded = (n: number, width = 2) => String(n).padStart(width, '0')

/** Strings a person could be shown: any script, emoji, markup, RTL marks; never blank or garbled. */
const sentence = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 40) }),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: Math.min(maxLength, 40) }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '{{constructor.constructor("alert(1)")()}}',
        '__proto__',
        'toString',
        '\u202Eevil\u202C',
        'עברית ועוד',
        'a\u0301\u0302\u0303',
        '👨‍👩‍👧‍👦',
      ),
      fc.constant('W'.repeat(maxLength)), // one word at the limit
    )
    // Graphemes can cut a surrogate pair when truncated: measure in UTF-16 units, as the schema does.
    .map((text) => text.replace(/[\p{Cc}\p{Cs}]/gu, '?').slice(0, maxLength))
    .filter((text) => text.trim() !== '' && !/[\p{Cs}]/u.test(text))

const count = (max: number) => fc.oneof(fc.constantFrom(0, max), fc.integer({ min: 0, max }))
const amount = (max: number) => fc.oneof(fc.constantFrom(0, -0, max), fc.double({ min: 0, max, noNaN: true }))

/** A real moment, written in one of the forms the API may use: Z, ±HH:MM, ±HHMM, ±HH, T or space, 0–9 fraction digits. */
export const timestampText = fc
  .record({
    instant: fc.integer({ min: EARLIEST_MS, max: LATEST_MS }),
    offsetMinutes: fc.oneof(
      fc.constant(0),
      fc.integer({ min: -12 * 60, max: 14 * 60 }),
      fc.integer({ min: -23, max: 23 }).map((h) => h * 60),
    ),
    style: fc.constantFrom('Z', 'colon', 'compact', 'hours', 'z-lower'),
    separator: fc.constantFrom('T', ' ', 't'),
    fractionDigits: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ instant, offsetMinutes, style, separator, fractionDigits }) => {
    const offset =
      style === 'Z' || style === 'z-lower' ? 0 : style === 'hours' ? Math.trunc(offsetMinutes / 60) * 60 : offsetMinutes
    const local = new Date(instant + offset * 60_000)
    // Fewer than 3 fraction digits drop part of the ms; the text names the moment it shows.
    const fraction = padded(local.getUTCMilliseconds(), 3).padEnd(fractionDigits, '0').slice(0, fractionDigits)
    const shownMs = Number(fraction.padEnd(3, '0').slice(0, 3))
    const sign = offset < 0 ? '-' : '+'
    const [hh, mm] = [padded(Math.floor(Math.abs(offset) / 60)), padded(Math.abs(offset) % 60)]
    const zone = {
      Z: 'Z',
      'z-lower': 'z',
      colon: `${sign}${hh}:${mm}`,
      compact: `${sign}${hh}${mm}`,
      hours: `${sign}${hh}`,
    }[style]
    const date = `${padded(local.getUTCFullYear(), 4)}-${padded(local.getUTCMonth() + 1)}-${padded(local.getUTCDate())}`
    const time = `${padded(local.getUTCHours())}:${padded(local.getUTCMinutes())}:${padded(local.getUTCSeconds())}${fraction && `.${fraction}`}`
    const expected = instant - local.getUTCMilliseconds() + shownMs
    return { text: `${date}${separator}${time}${zone}`, expected }
  })
  .filter(({ text }) => /^\d{4}-/.test(text) && Number(text.slice(0, 4)) >= 1970)

/** A `YYYY-MM-DD` that exists. */
export const realDateText = fc
  .date({ min: new Date(EARLIEST_MS), max: new Date(LATEST_MS), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

/** Text shaped like a date or timestamp, with every field possibly out of range: 2023-02-31, T25:61, +24:00. */
export const timestampLike = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1960, max: 2100 }), fc.constantFrom(0, 1969, 1970, 9999)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    zone: fc.constantFrom('Z', '', '+05', '+05:30', ' +05:30', '+0530', '-24:00', '+23:59', '+5', 'GMT', '+05:60'),
  })
  .map(
    ({ year, month, day, hour, minute, second, zone }) =>
      `${padded(year, 4)}-${padded(month)}-${padded(day)}T${padded(hour)}:${padded(minute)}:${padded(second)}${zone}`,
  )

/** Text shaped like a date, with every field possibly out of range: 2023-02-31, 2023-13-01, 1969-12-31. */
export const dateLike = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1960, max: 2100 }), fc.constantFrom(0, 1900, 2000, 9999)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
  })
  .map(({ year, month, day }) => `${padded(year, 4)}-${padded(month)}-${padded(day)}`)

const id = (index: number) => fc.constant(`item-${index}`)
const listOf = <T>(item: (index: number) => fc.Arbitrary<T>, maxLength = 3) =>
  fc
    .integer({ min: 0, max: maxLength })
    .chain((length) => fc.tuple(...Array.from({ length }, (_, index) => item(index))))

export const valid = {
  product: (index = 0) =>
    fc.record({
      id: id(index),
      name: sentence(limits.nameLength),
      priceCents: count(limits.priceCents),
      unit: sentence(limits.labelLength),
      categoryId: id(index),
      category: sentence(limits.labelLength),
      ecoLabels: fc.shuffledSubarray([...ecoLabels]),
      rating: amount(5),
      reviewCount: count(limits.count),
      emoji: fc.oneof(
        fc.constantFrom('', '🍎', '👨‍👩‍👧‍👦🌍', 'A'),
        fc.string({ unit: 'grapheme-ascii', maxLength: limits.emojiLength }),
      ),
    }),
  category: (index = 0) =>
    fc.record({ id: id(index), name: sentence(limits.nameLength), productCount: count(limits.count) }),
  profile: () =>
    fc.record({
      name: sentence(limits.nameLength),
      tier: fc.constantFrom(...memberTiers),
      ecoPoints: count(limits.count),
      co2SavedKg: amount(limits.co2SavedKg),
      memberSince: realDateText,
    }),
  notification: (index = 0) =>
    fc.record({
      id: id(index),
      type: fc.constantFrom(...notificationTypes),
      text: sentence(limits.messageLength),
      createdAt: timestampText.map(({ text }) => text),
      read: fc.boolean(),
    }),
}

export const validLists = {
  products: listOf(valid.product),
  categories: listOf(valid.category, 8),
  notifications: listOf(valid.notification, 6),
}

/** Values a broken or hostile API could put in any field. */
const anyHostile = fc.oneof(
  fc.constantFrom(
    1e308,
    -1,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    0.5,
    2 ** 53,
    '',
    ' ',
    null,
    true,
    [],
    {},
  ),
  fc.constantFrom(
    '2023-02-31T10:00:00Z',
    '2024-01-01T00:00:00',
    '2023-02-31',
    '2023-02-29',
    '1969-12-31',
    'a'.repeat(100 * 1024),
    'x\u0000y',
    '\uD83C',
    { toString: 1 },
  ),
  timestampLike,
  fc.double(),
  fc.string(),
)

/** A field that is usually valid, sometimes hostile: enough valid objects get through for rendering to be tried. */
const mostly = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: anyHostile as fc.Arbitrary<unknown>, weight: 1 })

/** An object whose every field may have been swapped for a hostile value. */
const spoiled = <T extends object>(good: fc.Arbitrary<T>) =>
  good.chain((object) =>
    fc.record(
      Object.fromEntries(
        Object.entries(object).map(([key, value]) => [key, mostly(fc.constant(value as unknown))]),
      ) as Record<string, fc.Arbitrary<unknown>>,
    ),
  )

export const hostile = {
  products: listOf((index) => spoiled(valid.product(index))),
  categories: listOf((index) => spoiled(valid.category(index)), 8),
  profile: spoiled(valid.profile()),
  notifications: listOf((index) => spoiled(valid.notification(index)), 6),
}
