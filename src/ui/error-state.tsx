import { describeError } from './error-message'

interface ErrorStateProps {
  error: unknown
  label: string
  onRetry: () => void
}

export function ErrorState({ error, label, onRetry }: ErrorStateProps) {
  const { title, hint } = describeError(error, label)
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title}</p>
      <p className="notice__hint">{hint}</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
