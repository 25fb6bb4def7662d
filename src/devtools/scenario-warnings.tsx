/** Says which URL values were not understood and what runs instead; never blocks the page. */
export function ScenarioWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null
  return (
    <div className="scenario-warnings" role="status" lang="en">
      <p className="scenario-warnings__title">Some mock settings in the URL were not understood:</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  )
}
