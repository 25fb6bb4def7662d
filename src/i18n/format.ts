// Every number, price and date goes through Intl in the shopper's locale. Formatters are costly to
// build, so each locale's set is made once. None of them throws: whatever the schemas let through,
// rendering goes on. How old a section's data is (its footer's words) is in format-age.ts, loaded
// with the footer once the page is hydrated.

export interface Formatters {
  /** Cents to euros: "€3.49", "3,49 €". */
  price: (cents: number) => string
  kilograms: (kg: number) => string
  integer: (n: number) => string
  rating: (value: number) => string
  /** "10M", "1.2K kg" ("10 M", "1,2 mil kg"): for a number too long to show whole in a small box. */
  compactInteger: (n: number) => string
  compactKilograms: (kg: number) => string
  monthYear: (isoDate: string) => string
  /** "4 minutes ago", "hace 4 minutos", "yesterday": the largest unit that keeps the number readable. */
  relativeTime: (iso: string, now: number) => string
  /** A name's first character as a reader sees it: a whole emoji or accented letter, never half of one. */
  initial: (name: string) => string
}

/** Shown for a value that can't be drawn; the schemas keep such values out, this keeps rendering total. */
export const UNKNOWN_VALUE = '–'

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
]

// `+ 0` turns -0 into 0, so nothing reads "-€0.00".
const numberWith = (format: Intl.NumberFormat) => (n: number) =>
  Number.isFinite(n) ? format.format(n + 0) : UNKNOWN_VALUE
const dateWith = (format: Intl.DateTimeFormat) => (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? UNKNOWN_VALUE : format.format(date)
}

const cache = new Map<string, Formatters>()

export function createFormatters(locale: string): Formatters {
  const cached = cache.get(locale)
  if (cached) return cached
  const euros = numberWith(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }))
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' })
  const formatters: Formatters = {
    price: (cents) => euros(cents / 100),
    kilograms: numberWith(new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 })),
    integer: numberWith(new Intl.NumberFormat(locale)),
    rating: numberWith(new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    compactInteger: numberWith(new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })),
    compactKilograms: numberWith(
      new Intl.NumberFormat(locale, { notation: 'compact', style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }),
    ),
    monthYear: dateWith(new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })),
    relativeTime: (iso, now) => {
      let value = (new Date(iso).getTime() - now) / 1000
      if (!Number.isFinite(value)) return UNKNOWN_VALUE
      for (const [unit, perNext] of relativeSteps) {
        if (Math.abs(value) < perNext) return relative.format(Math.round(value), unit)
        value /= perNext
      }
      return relative.format(Math.round(value), 'year')
    },
    initial: (name) => {
      const [first] = graphemes.segment(name.trim())
      return first ? first.segment.toLocaleUpperCase(locale) : ''
    },
  }
  cache.set(locale, formatters)
  return formatters
}
