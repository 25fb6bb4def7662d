import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { endpointQuery } from '../../api/endpoint-query'
import { PRODUCTS_PAGE_SIZE, endpoints } from '../../api/endpoints'
import type { Product } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { EmptyState } from '../../ui/empty-state'

// What the products filter adds once the page is hydrated (loaded then, off the first render's
// bundle): the words a screen reader hears when the filter changes, and what a category with no
// featured product means.

/** The category list's name for an id, from the categories' cache (never fetched again for it): null when the list has no such category. */
function useListedCategory(id: string): string | null | undefined {
  const { data } = useQuery({
    ...endpointQuery(endpoints.categories),
    enabled: false,
    select: (answer) => answer.items.find((category) => category.id === id)?.name ?? null,
  })
  return data
}

interface NoneInCategoryProps {
  categoryId: string
  showAll: ReactNode
  everyProduct: ReactNode
}

/**
 * No featured product is in this category. If the category list has it, that is the section's
 * empty state, named; if the list has no such category (an old or mistyped link), the filter is
 * ignored: every featured product, and a note saying why.
 */
export function NoneInCategory({ categoryId, showAll, everyProduct }: NoneInCategoryProps) {
  const { t } = useI18n()
  const listed = useListedCategory(categoryId)
  if (listed === null)
    return (
      <>
        <p className="product-filter">
          <span>{t('filter.unknown')}</span>
          {showAll}
        </p>
        {everyProduct}
      </>
    )
  return (
    <EmptyState
      title={listed ? t('filter.empty', { category: listed }) : t('filter.emptyUnnamed')}
      hint={t('filter.empty.hint')}
      action={showAll}
    />
  )
}

/** Says, politely, what a change of filter shows; nothing at first, which the page itself shows. */
export function FilterAnnouncer({ products, categoryId }: { products: Product[]; categoryId?: string }) {
  const { t } = useI18n()
  const [said, setSaid] = useState({ categoryId, message: '' })
  // Adjusting state to a new filter during render (React's pattern for derived state), not in an effect.
  if (said.categoryId !== categoryId) {
    const shown = products.filter((product) => product.categoryId === categoryId)
    setSaid({
      categoryId,
      message: !categoryId
        ? t('filter.showingAll', { count: Math.min(products.length, PRODUCTS_PAGE_SIZE) })
        : shown.length > 0
          ? t('filter.showing', { count: shown.length, category: shown[0].category })
          : t('filter.emptyUnnamed'),
    })
  }
  return (
    <span role="status" className="visually-hidden">
      {said.message}
    </span>
  )
}
