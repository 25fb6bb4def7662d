import { useState } from 'react'

/**
 * Says which URL values were not understood and what runs instead; never blocks the page. It floats
 * over the top of the page rather than pushing the prerendered shell down when it appears.
 */
export function ScenarioWarnings({ warnings }: { warnings: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false)
  if (warnings.length === 0 || dismissed) return null
  return (
    <div className="scenario-warnings" role="status" lang="en">
      <p className="scenario-warnings__title">Some mock settings in the URL were not understood:</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <button type="button" className="scenario-warnings__dismiss" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  )
}
