// Intl formatters are costly to build, so each is made once. The UI is written in English and
// prices are in euros, hence one fixed locale rather than the browser's.
export const APP_LOCALE = 'en-IE'

const price = new Intl.NumberFormat(APP_LOCALE, { style: 'currency', currency: 'EUR' })
const kilograms = new Intl.NumberFormat(APP_LOCALE, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 })
const integer = new Intl.NumberFormat(APP_LOCALE)
const monthYear = new Intl.DateTimeFormat(APP_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' })
const relative = new Intl.RelativeTimeFormat(APP_LOCALE, { numeric: 'auto' })
const rating = new Intl.NumberFormat(APP_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const compactInteger = new Intl.NumberFormat(APP_LOCALE, { notation: 'compact', maximumFractionDigits: 1 })
const compactKilograms = new Intl.NumberFormat(APP_LOCALE, { notation: 'compact', style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 })

/** Shown for a value that can't be drawn; the schemas keep such values out, this keeps rendering total. */
export const UNKNOWN_VALUE = '–'

// `+ 0` turns -0 into 0, so nothing reads "-€0.00".
const numberWith = (format: Intl.NumberFormat) => (n: number) => (Number.isFinite(n) ? format.format(n + 0) : UNKNOWN_VALUE)
const dateWith = (format: Intl.DateTimeFormat) => (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? UNKNOWN_VALUE : format.format(date)
}

const formatEuros = numberWith(price)
export const formatPrice = (cents: number) => formatEuros(cents / 100)
export const formatKilograms = numberWith(kilograms)
export const formatInteger = numberWith(integer)
export const formatRating = numberWith(rating)
export const formatMonthYear = dateWith(monthYear)
/** "10M", "1.2K kg": for a number too long to show whole in a small box. */
export const formatCompactInteger = numberWith(compactInteger)
export const formatCompactKilograms = numberWith(compactKilograms)

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
]

/** "5 minutes ago", "yesterday": the largest unit that keeps the number readable. */
export function formatRelativeTime(iso: string, now: number = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000
  if (!Number.isFinite(value)) return UNKNOWN_VALUE
  for (const [unit, perNext] of relativeSteps) {
    if (Math.abs(value) < perNext) return relative.format(Math.round(value), unit)
    value /= perNext
  }
  return relative.format(Math.round(value), 'year')
}
