// Dates and timestamps from the API, read by hand: `Date.parse` accepts impossible dates
// (2023-02-31 becomes 3 March) and refuses valid offsets (`+05`), so neither decides alone.

/** The earliest and latest moments the dashboard shows: four-digit years, nothing before the Unix epoch. */
export const EARLIEST_MS = Date.UTC(1970, 0, 1)
export const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
// RFC 3339 (T or space, any fraction, Z or an offset), plus the ISO offsets +05 and +0530.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])| ?([+-])(\d{2})(?::?(\d{2}))?)$/

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

const isCalendarDate = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

const inRange = (ms: number) => ms >= EARLIEST_MS && ms <= LATEST_MS

/** Whether `YYYY-MM-DD` names a day that exists, within the years the dashboard shows. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  return isCalendarDate(year, month, day) && inRange(Date.UTC(year, month - 1, day))
}

/** The moment a timestamp names, in ms since the epoch, or undefined if it names none. */
export function instantOf(text: string): number | undefined {
  const match = TIMESTAMP.exec(text)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s = '0', fraction = '', , sign, offsetHours = '0', offsetMinutes = '0'] = match
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number)
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3))
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs
  return inRange(instant) ? instant : undefined
}

/** A timestamp rewritten as `Date` reads it everywhere (UTC, `…Z`); undefined if it names no moment. */
export function normaliseTimestamp(text: string): string | undefined {
  const instant = instantOf(text)
  return instant === undefined ? undefined : new Date(instant).toISOString()
}
