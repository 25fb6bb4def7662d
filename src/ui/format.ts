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

const relativeShort = new Intl.RelativeTimeFormat(APP_LOCALE, { numeric: 'auto', style: 'short' })
const clockTime = new Intl.DateTimeFormat(APP_LOCALE, { hour: '2-digit', minute: '2-digit' })
const dayAndClockTime = new Intl.DateTimeFormat(APP_LOCALE, { weekday: 'short', hour: '2-digit', minute: '2-digit' })

/** How long ago, in whole minutes, hours or days ("2 min ago"); undefined under a minute. */
export function formatElapsed(ms: number): string | undefined {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return undefined
  if (minutes < 60) return relativeShort.format(-minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return relativeShort.format(-hours, 'hour')
  return relativeShort.format(-Math.floor(hours / 24), 'day')
}

/** A time on the shopper's clock ("14:05", or "Mon 14:05" before today): a fixed point that needs no ticking. */
export function formatClockTime(epochMs: number, now: number = Date.now()): string {
  const date = new Date(epochMs)
  return date.toDateString() === new Date(now).toDateString() ? clockTime.format(date) : dayAndClockTime.format(date)
}
