import * as v from 'valibot'
import type { PageAnswer, PageAnswers } from '../api/page-answers'
import type { SectionHtml } from '../ui/section-html'
import { APP_OWNS_ROOT, STREAMED_EVENT, STREAMED_SECTION } from './streamed-page'

/** The streamed page's answers as the app reads them: adopted by the queries, then handed to React. */
export interface StreamedAnswers extends PageAnswers {
  /** Intl's output in the server's renders, by call (src/i18n/format-memo.ts). */
  strings: Map<string, string>
  /**
   * Takes #root over from the reveal step (which moves no DOM after this) and says what each
   * section's HTML shows now: the sections revealed so far are settled, the rest are skeletons.
   */
  takeOver(): Record<string, SectionHtml>
}

/** A block is our own server's, but a page can be cut short or tampered with: its shape is checked. */
const pageAnswerSchema = v.object({
  v: v.literal(1),
  name: v.string(),
  at: v.number(),
  outcome: v.union([
    v.object({ data: v.unknown() }),
    v.object({
      error: v.object({
        kind: v.picklist(['timeout', 'offline', 'http', 'invalid-data']),
        status: v.optional(v.number()),
        retryAfterMs: v.optional(v.number()),
      }),
    }),
  ]),
  strings: v.record(v.string(), v.string()),
}) satisfies v.GenericSchema<unknown, PageAnswer>

function readAnswer(box: Element): PageAnswer | undefined {
  try {
    const block = box.querySelector('script[type="application/json"][data-answer]')
    const parsed = v.safeParse(pageAnswerSchema, JSON.parse(block?.textContent ?? ''))
    return parsed.success ? parsed.output : undefined
  } catch {
    return undefined // a broken block: the browser asks for that section itself
  }
}

/**
 * Reads the answers already in the document and those that arrive later (the reveal step's event).
 * Once the document is complete, a section with no usable answer is fetched by the browser.
 */
export function readStreamedAnswers(doc: Document = document): StreamedAnswers {
  const answers = new Map<string, PageAnswer>()
  const waiting = new Map<string, (answer: PageAnswer | undefined) => void>()
  const strings = new Map<string, string>()
  const adopt = (box: Element) => {
    const answer = readAnswer(box)
    if (!answer || answers.has(answer.name)) return
    for (const [key, text] of Object.entries(answer.strings)) strings.set(key, text)
    answers.set(answer.name, answer)
    waiting.get(answer.name)?.(answer)
    waiting.delete(answer.name)
  }
  const complete = () => doc.readyState !== 'loading'
  doc.querySelectorAll(STREAMED_SECTION).forEach(adopt)
  doc.addEventListener(STREAMED_EVENT, (event) => {
    const name = (event as CustomEvent<string>).detail
    const box = doc.querySelector(`${STREAMED_SECTION}[data-section="${CSS.escape(name)}"]`)
    if (box) adopt(box)
  })
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      for (const settle of waiting.values()) settle(undefined)
      waiting.clear()
    },
    { once: true },
  )
  const taken = new Set<string>()
  return {
    strings,
    take(name) {
      // Only the page's first attempt at a section is the server's; a retry asks the network.
      if (taken.has(name)) return Promise.resolve(undefined)
      taken.add(name)
      if (answers.has(name) || complete()) return Promise.resolve(answers.get(name))
      return new Promise((resolve) => waiting.set(name, resolve))
    },
    takeOver() {
      doc.getElementById('root')?.setAttribute(APP_OWNS_ROOT, '')
      const shown: Record<string, SectionHtml> = {}
      for (const box of doc.querySelectorAll<HTMLElement>(`${STREAMED_SECTION}[data-revealed]`)) {
        const answer = answers.get(box.dataset.section ?? '')
        if (answer) shown[answer.name] = { settled: true, renderedAt: answer.at }
      }
      return shown
    },
  }
}
