// Text from the API is shown as sent, with two exceptions made here once, at validation, so every
// place that shows it (sections, titles, announcements, saved data) gets the same safe string.

/** C0 and C1 controls and DEL: they draw nothing a person can read, and can garble what follows. */
const CONTROLS = /\p{Cc}/gu
/** Half of a surrogate pair: not text at all, only the remains of a string cut in the wrong place. */
const LONE_SURROGATE = /\p{Cs}/u
/** Nothing a person would see: spaces, controls, and invisible format characters (ZWSP, ZWJ, bidi marks). */
const INVISIBLE = /^[\s\p{Cc}\p{Cf}]*$/u

/** UTF-16 units allowed per grapheme of a limit: a family emoji takes 11 (30 marks on one letter, 31, are cut). */
const UNITS_PER_GRAPHEME = 16

let graphemes: Intl.Segmenter | undefined

/** Whether a string is text at all: no half of a surrogate pair. */
export const isText = (text: string) => !LONE_SURROGATE.test(text)
export const isBlank = (text: string) => INVISIBLE.test(text)

/**
 * At most `max` graphemes, the last of them "…" when the text was longer: an emoji sequence or a
 * letter with its accents is never cut in half. A text of more UTF-16 units than `max` graphemes
 * can hold (thousands of marks stacked on one letter) is first cut at a code point, so no string
 * costs the page more than that. Cutting twice changes nothing more.
 */
export function cutToGraphemes(text: string, max: number): string {
  const units = max * UNITS_PER_GRAPHEME
  // Never keep the first half of a surrogate pair.
  const cut =
    text.length > units ? `${text.slice(0, /[\uD800-\uDBFF]/.test(text[units - 2]) ? units - 2 : units - 1)}…` : text
  // A grapheme is at least one UTF-16 unit, so a text this short needs no segmenting.
  if (cut.length <= max) return cut
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  const starts = Array.from(graphemes.segment(cut), (grapheme) => grapheme.index)
  return starts.length > max ? `${cut.slice(0, starts[max - 1])}…` : cut
}

/** What is shown of a text: controls stripped, then cut to `max` graphemes. */
export const displayText = (text: string, max: number) => cutToGraphemes(text.replace(CONTROLS, ''), max)
