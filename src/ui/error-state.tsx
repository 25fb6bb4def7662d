import type { EndpointName } from '../api/endpoints'
import { useI18n } from '../i18n/i18n-context'
import { describeError } from './error-message'

interface ErrorStateProps {
  error: unknown
  name: EndpointName
  onRetry: () => void
}

export function ErrorState({ error, name, onRetry }: ErrorStateProps) {
  const { t } = useI18n()
  const { title, hint } = describeError(error, name, t)
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title}</p>
      <p className="notice__hint">{hint}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
      {/* A page whose script never ran can't retry in place; CSS shows this link only then. */}
      <a className="button notice__reload" href="">
        {t('reloadPage')}
      </a>
    </div>
  )
}
