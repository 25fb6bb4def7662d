// Intl formatters are costly to build, so each is made once. The UI is written in English and
// prices are in euros, hence one fixed locale rather than the browser's.
export const APP_LOCALE = 'en-IE'

const price = new Intl.NumberFormat(APP_LOCALE, { style: 'currency', currency: 'EUR' })
const kilograms = new Intl.NumberFormat(APP_LOCALE, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 })
const integer = new Intl.NumberFormat(APP_LOCALE)
const monthYear = new Intl.DateTimeFormat(APP_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' })
const relative = new Intl.RelativeTimeFormat(APP_LOCALE, { numeric: 'auto' })
const rating = new Intl.NumberFormat(APP_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

export const formatPrice = (cents: number) => price.format(cents / 100)
export const formatKilograms = (kg: number) => kilograms.format(kg)
export const formatInteger = (n: number) => integer.format(n)
export const formatRating = (value: number) => rating.format(value)
export const formatMonthYear = (isoDate: string) => monthYear.format(new Date(isoDate))

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
  for (const [unit, perNext] of relativeSteps) {
    if (Math.abs(value) < perNext) return relative.format(Math.round(value), unit)
    value /= perNext
  }
  return relative.format(Math.round(value), 'year')
}
