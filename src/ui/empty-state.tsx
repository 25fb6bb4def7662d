import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'

interface EmptyStateProps {
  title: string
  hint: string
  /** The next step: a button or a link. */
  action?: ReactNode
}

export function EmptyState({ title, hint, action }: EmptyStateProps) {
  return (
    <div className="notice notice--empty">
      <p className="notice__title">{title}</p>
      <p className="notice__hint">{hint}</p>
      {action}
    </div>
  )
}

/** The next step of an empty list: ask again, from the skeleton. */
export function CheckAgainButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n()
  return (
    <button type="button" className="button button--quiet" onClick={onClick}>
      {t('checkAgain')}
    </button>
  )
}

/** A next step that leads to the featured products, for a section with nothing to show. */
export function BrowseProductsLink() {
  const { t } = useI18n()
  return (
    <a className="button button--quiet" href="#products-heading">
      {t('browseProducts')}
    </a>
  )
}
