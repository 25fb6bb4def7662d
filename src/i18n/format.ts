// Every number, price and date goes through Intl in the shopper's locale. Formatters are costly to
// build, so each locale's set is made once.

export interface Formatters {
  /** Cents to euros: "€3.49", "3,49 €". */
  price: (cents: number) => string
  kilograms: (kg: number) => string
  integer: (n: number) => string
  rating: (value: number) => string
  monthYear: (isoDate: string) => string
  /** "4 minutes ago", "hace 4 minutos", "yesterday": the largest unit that keeps the number readable. */
  relativeTime: (iso: string, now: number) => string
  /** A name's first character as a reader sees it: a whole emoji or accented letter, never half of one. */
  initial: (name: string) => string
}

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
]

const cache = new Map<string, Formatters>()

export function createFormatters(locale: string): Formatters {
  const cached = cache.get(locale)
  if (cached) return cached
  const price = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
  const kilograms = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 })
  const integer = new Intl.NumberFormat(locale)
  const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' })
  const formatters: Formatters = {
    price: (cents) => price.format(cents / 100),
    kilograms: (kg) => kilograms.format(kg),
    integer: (n) => integer.format(n),
    rating: (value) => rating.format(value),
    monthYear: (isoDate) => monthYear.format(new Date(isoDate)),
    relativeTime: (iso, now) => {
      let value = (new Date(iso).getTime() - now) / 1000
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
