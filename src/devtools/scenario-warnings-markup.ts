// The URL warnings banner as plain DOM, for the page's first paint; React's ScenarioWarnings
// (scenario-warnings.tsx) draws the same markup, so hydration adopts this banner as its own.

export const warningsTitle = 'Some mock settings in the URL were not understood:'
export const dismissLabel = 'Dismiss'

const element = (doc: Document, tag: string, className: string | null, text?: string) => {
  const node = doc.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** The banner ScenarioWarnings renders for these warnings, before React has loaded. */
export function drawScenarioWarnings(doc: Document, warnings: readonly string[]): HTMLElement {
  const banner = element(doc, 'div', 'scenario-warnings')
  banner.setAttribute('role', 'status')
  banner.lang = 'en'
  const list = element(doc, 'ul', null)
  list.append(...warnings.map((warning) => element(doc, 'li', null, warning)))
  const dismiss = element(doc, 'button', 'scenario-warnings__dismiss', dismissLabel)
  dismiss.setAttribute('type', 'button')
  banner.append(element(doc, 'p', 'scenario-warnings__title', warningsTitle), list, dismiss)
  return banner
}

/**
 * Puts the banner where App renders it, above the sections of the prerendered shell. Nothing to do
 * without a shell (the dev server renders the page afresh) or without warnings.
 */
export function drawWarningsIntoShell(doc: Document, warnings: readonly string[]): void {
  const dashboard = doc.querySelector('#root .dashboard')
  if (dashboard && warnings.length > 0) dashboard.before(drawScenarioWarnings(doc, warnings))
}
