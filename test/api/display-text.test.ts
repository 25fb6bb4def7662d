import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { cutToGraphemes, displayText, isBlank, isText } from '../../src/api/display-text'
import { propertyOptions } from '../arbitraries'

const segments = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)]

describe('cutToGraphemes', () => {
  test('a text within the limit is kept as it is', () => {
    expect(cutToGraphemes('Äpfel 🍎', 7)).toBe('Äpfel 🍎')
    expect(cutToGraphemes('👨‍👩‍👧‍👦', 1)).toBe('👨‍👩‍👧‍👦')
  })

  test('a longer one keeps its first graphemes whole and ends in "…"', () => {
    expect(cutToGraphemes('👨‍👩‍👧‍👦🇪🇸é\u0301abc', 4)).toBe('👨‍👩‍👧‍👦🇪🇸é\u0301…')
  })

  // Any text, including lone surrogates and marks: the cut never makes a text longer in graphemes,
  // keeps a prefix of it, keeps every whole grapheme it keeps, and cutting twice changes nothing.
  test('always a prefix of whole graphemes, within the limit, and stable', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
        ),
        fc.integer({ min: 1, max: 40 }),
        (text, max) => {
          const cut = cutToGraphemes(text, max)
          expect(segments(cut).length).toBeLessThanOrEqual(max)
          expect(cutToGraphemes(cut, max)).toBe(cut)
          if (cut === text) return
          const kept = cut.slice(0, -1)
          expect(cut.endsWith('…')).toBe(true)
          expect(text.startsWith(kept)).toBe(true)
          // The graphemes kept are the text's own: none was cut in half.
          expect(segments(kept).map((s) => s.segment)).toEqual(
            segments(text)
              .slice(0, segments(kept).length)
              .map((s) => s.segment),
          )
        },
      ),
      { ...propertyOptions, numRuns: 400 },
    )
  })
})

test('displayText strips control characters, never format ones (ZWJ, bidi marks)', () => {
  expect(displayText('a\u0000b\u009Fc\u007F', 10)).toBe('abc')
  expect(displayText('a\u200Db\u202Ec', 10)).toBe('a\u200Db\u202Ec')
})

test('what counts as blank, and what as half a character', () => {
  expect(isBlank(' \u200B\u00AD\u0007\u202E')).toBe(true)
  expect(isBlank('\u0301')).toBe(false)
  expect(isText('🍎')).toBe(true)
  expect(isText('\uD83C')).toBe(false)
  expect(isText('\uDF4E\uD83C')).toBe(false) // both halves, in the wrong order
})
