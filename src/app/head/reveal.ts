import { APP_OWNS_ROOT, STREAMED_EVENT, STREAMED_SECTION } from '../streamed-page'

/**
 * Runs after each streamed section arrives (the same inline script each time, allowed by its CSP
 * hash). Until the app owns #root, a section whose HTML shows its settled state replaces the
 * shell's skeleton of that section: it paints in the next frame, with no framework involved. The
 * app is then told; it adopts the answer (src/app/streamed-answers.ts), before or after hydrating.
 * Moving nodes needs no HTML string sink, so Trusted Types stay on.
 */
export function revealStreamedSections(doc: Document = document): void {
  const root = doc.getElementById('root')
  for (const box of doc.querySelectorAll<HTMLElement>(`${STREAMED_SECTION}:not([data-seen])`)) {
    const name = box.dataset.section ?? ''
    box.dataset.seen = ''
    box.dataset.arrivedAt = String(Date.now()) // when it reached this page, on this page's clock
    if (root && !root.hasAttribute(APP_OWNS_ROOT) && box.hasAttribute('data-final')) {
      const section = box.querySelector('section')
      const skeleton = root.querySelector(`section[aria-labelledby="${name}-heading"]`)
      if (section && skeleton) {
        skeleton.replaceWith(section)
        box.dataset.revealed = ''
      }
    }
    doc.dispatchEvent(new CustomEvent(STREAMED_EVENT, { detail: name }))
  }
}
