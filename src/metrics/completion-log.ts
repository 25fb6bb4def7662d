import type { LoadRecorder, SectionOutcome } from './load-recorder'

const icons: Record<SectionOutcome, string> = {
  data: '✅',
  timeout: '⏱️',
  offline: '🔌',
  http: '❌',
  'invalid-data': '❌',
  unknown: '❌',
}
const next: Record<SectionOutcome, string> = {
  data: 'update the UI',
  timeout: 'show the timeout placeholder',
  offline: 'show the offline message',
  http: 'show the error message',
  'invalid-data': 'show the error message',
  unknown: 'show the error message',
}

/** Logs the real completion order to the console, as the study's as_completed loop did. */
export function logCompletionOrder(recorder: LoadRecorder): () => void {
  return recorder.onSettle((section, load) => {
    const ms = Math.round(section.settledAt! - load.startedAt)
    const attempts = section.failures.length + 1
    console.info(
      `${icons[section.outcome!]} Dashboard #${section.order}: ${section.name} ${section.outcome} at ${ms} ms` +
        `${attempts > 1 ? ` after ${attempts} attempts` : ''} → ${next[section.outcome!]}`,
    )
  })
}
