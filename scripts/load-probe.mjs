// Watches a dashboard load from outside the app: when each section stops being busy, when each
// request started (Resource Timing), and every layout shift. Times are ms from navigation start.

/** Runs in the page before any of its scripts. */
function installProbe() {
  const probe = { settled: {}, painted: {}, states: {}, shifts: [], skeletonsPainted: undefined, fcp: undefined }
  window.__loadProbe = probe
  // The first frame after a section landmark exists: when the page stops being blank of sections.
  const noteSkeletons = () => {
    if (probe.sectionsAt !== undefined) return
    probe.sectionsAt = performance.now()
    requestAnimationFrame(() => (probe.skeletonsPainted = performance.now()))
  }
  // Sections seen settled in one batch of mutations share its time: they reached the page together,
  // whatever their order in the document.
  const record = (section, now) => {
    // A streamed section counts once it is in its place, not while it waits in its box.
    if (section.closest('.streamed')) return
    const name = section.getAttribute('aria-labelledby')?.replace(/-heading$/, '')
    if (!name || section.getAttribute('aria-busy') !== 'false' || name in probe.settled) return
    probe.settled[name] = now
    // The frame after the DOM changed is the one that paints it.
    requestAnimationFrame(() => (probe.painted[name] = performance.now()))
    const alert = section.querySelector('[role="alert"]')
    const empty = section.querySelector('.notice--empty')
    probe.states[name] = alert
      ? `error: ${alert.querySelector('.notice__title')?.textContent ?? alert.textContent}`
      : empty
        ? 'empty'
        : 'data'
  }
  new MutationObserver((mutations) => {
    const now = performance.now()
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target instanceof Element && m.target.matches('section[aria-busy]'))
        record(m.target, now)
      for (const node of m.addedNodes) {
        if (!(node instanceof Element)) continue
        // The parser adds a prerendered section before its children, so the node itself counts too.
        const sections = [
          ...(node.matches('section[aria-busy]') ? [node] : []),
          ...node.querySelectorAll('section[aria-busy]'),
        ]
        if (sections.length) noteSkeletons()
        for (const section of sections) record(section, now)
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.shifts.push(entry.value)
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
}

export const probeInitScript = `(${installProbe.toString()})()`

/** Waits until all four sections have settled (or `timeoutMs` passes), then reads what the probe saw. */
export async function collectLoad(page, { timeoutMs = 15_000 } = {}) {
  await page.waitForFunction(() => Object.keys(window.__loadProbe?.painted ?? {}).length >= 4, null, {
    timeout: timeoutMs,
  })
  await page.waitForTimeout(50) // let a late layout shift, if any, reach the observer
  return page.evaluate(() => {
    const probe = window.__loadProbe
    const requests = {}
    for (const entry of performance.getEntriesByType('resource')) {
      const match = /\/api\/(\w+)$/.exec(new URL(entry.name).pathname)
      if (match && !(match[1] in requests)) requests[match[1]] = { start: entry.startTime, end: entry.responseEnd }
    }
    // A streamed page's answers say when the server wrote each (its clock; the same machine's here).
    const streamedAt = {}
    for (const block of document.querySelectorAll('script[data-answer]')) {
      try {
        const { name, at } = JSON.parse(block.textContent)
        streamedAt[name] = at - performance.timeOrigin
      } catch {
        // not a streamed page's block
      }
    }
    return {
      streamedAt,
      settled: probe.settled,
      painted: probe.painted,
      states: probe.states,
      requests,
      cls: probe.shifts.reduce((sum, value) => sum + value, 0),
      fcp: probe.fcp,
      // Skeletons are painted no earlier than the first contentful paint that shows their headings.
      skeletonsVisible: Math.max(probe.skeletonsPainted ?? Infinity, probe.fcp ?? 0),
      // Sections drawn in the same frame are ordered by when their answers ended.
      order: Object.entries(probe.settled)
        .sort((a, b) => a[1] - b[1] || (requests[a[0]]?.end ?? 0) - (requests[b[0]]?.end ?? 0))
        .map(([name]) => name),
    }
  })
}
