import { useState } from 'react'
import { dismissLabel, warningsTitle } from './scenario-warnings-markup'

/**
 * Says which URL values were not understood and what runs instead; never blocks the page. It sits
 * in the page's flow above the sections: in a build, first-paint.ts has already drawn it into the
 * prerendered shell (its CSS comes from there too), and this component hydrates it.
 */
export function ScenarioWarnings({ warnings }: { warnings: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false)
  if (warnings.length === 0 || dismissed) return null
  return (
    <div className="scenario-warnings" role="status" lang="en">
      <p className="scenario-warnings__title">{warningsTitle}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <button type="button" className="scenario-warnings__dismiss" onClick={() => setDismissed(true)}>
        {dismissLabel}
      </button>
    </div>
  )
}
