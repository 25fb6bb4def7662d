import { UNKNOWN_VALUE } from './format'
import { intlLocales, type Locale } from './locale'

// How old a section's data is, in the shopper's locale: only the sections' footers say it, and they
// are drawn once the page is hydrated (never by a server), so these load with them.

export interface AgeFormats {
  /** How long ago, in whole minutes, hours or days ("2 min ago", "hace 2 min"); undefined under a minute. */
  elapsed: (ms: number) => string | undefined
  /** A time on the shopper's clock ("14:05", or "Mon 14:05" before today): a fixed point that needs no ticking. */
  clockTime: (epochMs: number, now: number) => string
}

const cache = new Map<Locale, AgeFormats>()

export function ageFormats(locale: Locale): AgeFormats {
  const cached = cache.get(locale)
  if (cached) return cached
  const tag = intlLocales[locale]
  const relativeShort = new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'short' })
  const clockTime = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' })
  const dayAndClockTime = new Intl.DateTimeFormat(tag, { weekday: 'short', hour: '2-digit', minute: '2-digit' })
  const formats: AgeFormats = {
    elapsed: (ms) => {
      const minutes = Math.floor(ms / 60_000)
      if (!(minutes >= 1)) return undefined
      if (minutes < 60) return relativeShort.format(-minutes, 'minute')
      const hours = Math.floor(minutes / 60)
      if (hours < 24) return relativeShort.format(-hours, 'hour')
      return relativeShort.format(-Math.floor(hours / 24), 'day')
    },
    clockTime: (epochMs, now) => {
      const date = new Date(epochMs)
      if (Number.isNaN(date.getTime())) return UNKNOWN_VALUE
      return date.toDateString() === new Date(now).toDateString()
        ? clockTime.format(date)
        : dayAndClockTime.format(date)
    },
  }
  cache.set(locale, formats)
  return formats
}
