interface EmptyStateProps {
  title: string
  hint: string
}

export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <div className="notice notice--empty">
      <p className="notice__title">{title}</p>
      <p className="notice__hint">{hint}</p>
    </div>
  )
}
