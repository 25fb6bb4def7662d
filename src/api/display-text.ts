// Text from the API is shown as sent, with two exceptions made here once, at validation, so every
// place that shows it (sections, titles, announcements, saved data) gets the same safe string.

/** C0 and C1 controls and DEL: they draw nothing a person can read, and can garble what follows. */
const CONTROLS = /\p{Cc}/gu
/** Half of a surrogate pair: not text at all, only the remains of a string cut in the wrong place. */
const LONE_SURROGATE = /\p{Cs}/u
/** Nothing a person would see: spaces, controls, and invisible format characters (ZWSP, ZWJ, bidi marks). */
const INVISIBLE = /^[\s\p{Cc}\p{Cf}]*$/u

/** The most UTF-16 units kept per grapheme allowed: a family emoji takes 11; 30 stacked marks take 31. */
const UNITS_PER_GRAPHEME = 16

let graphemes: Intl.Segmenter | undefined

export const hasLoneSurrogate = (text: string) => LONE_SURROGATE.test(text)
export const isBlank = (text: string) => INVISIBLE.test(text)

/**
 * At most `max` graphemes, the last of them "…" when the text was longer: an emoji sequence or a
 * letter with its accents is never cut in half. A text of more UTF-16 units than `max` graphemes
 * can hold (thousands of marks stacked on one letter) is first cut at a code point, so no string
 * costs the page more than that. Cutting twice changes nothing more.
 */
export function cutToGraphemes(text: string, max: number): string {
  const units = max * UNITS_PER_GRAPHEME
  let cut = text
  if (cut.length > units) {
    // Never keep the first half of a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(cut[units - 2]) ? units - 2 : units - 1
    cut = `${cut.slice(0, end)}…`
  }
  // A grapheme is at least one UTF-16 unit, so a text this short needs no segmenting.
  if (cut.length <= max) return cut
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let count = 0
  let lastKept = 0
  for (const { index } of graphemes.segment(cut)) {
    if (count === max - 1) lastKept = index
    if (count === max) return `${cut.slice(0, lastKept)}…`
    count++
  }
  return cut
}

/** What is shown of a text: controls stripped, then cut to `max` graphemes. */
export const displayText = (text: string, max: number) => cutToGraphemes(text.replace(CONTROLS, ''), max)
