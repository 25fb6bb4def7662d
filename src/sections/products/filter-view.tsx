import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { endpointQuery } from '../../api/endpoint-query'
import { PRODUCTS_PAGE_SIZE, endpoints } from '../../api/endpoints'
import type { Product } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { filterHref, followFilterLink, provideFollowFilterLink } from '../../ui/category-filter'
import { EmptyState } from '../../ui/empty-state'
import { useHydrated } from '../../ui/use-hydrated'
import { ProductGrid } from './product-grid'

// The products filter's view (loaded as filter-view-loader.ts says): the featured products of one
// category and how many, the way back to all of them, what a category with no featured product
// means, and what a screen reader hears when the filter changes.

/**
 * A filter link followed in place: the address changes (one history entry), and the sections that
 * read it hear a `popstate`, as when the shopper goes back or forward.
 */
provideFollowFilterLink((event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  if (event.currentTarget.href === location.href) return
  history.pushState(null, '', event.currentTarget.href)
  dispatchEvent(new PopStateEvent('popstate'))
})

/** A category's name inside a sentence: isolated in its own direction (FSI…PDI), as every API text is. */
const isolated = (name: string) => `\u2068${name}\u2069`

/** The featured products of one category, with how many and a way back to all of them. */
export function FilteredProducts({
  products,
  categoryId,
  search,
}: {
  products: Product[]
  categoryId: string
  search: string
}) {
  const { t } = useI18n()
  const shown = products.filter((product) => product.categoryId === categoryId)
  const showAll = (
    <a className="button button--quiet button--small" href={filterHref(search)} onClick={followFilterLink}>
      {t('filter.clear')}
    </a>
  )
  if (shown.length > 0)
    return (
      <>
        <p className="product-filter">
          <span>{t('filter.count', { count: shown.length, category: isolated(shown[0].category) })}</span>
          {showAll}
        </p>
        <ProductGrid products={shown.slice(0, PRODUCTS_PAGE_SIZE)} />
      </>
    )
  return (
    <NoneInCategory
      categoryId={categoryId}
      showAll={showAll}
      everyProduct={<ProductGrid products={products.slice(0, PRODUCTS_PAGE_SIZE)} />}
    />
  )
}

/** The category list's name for an id, from the categories' cache (never fetched again for it): null when the list has no such category. */
function useListedCategory(id: string): string | null | undefined {
  const hydrated = useHydrated()
  const { data } = useQuery({
    ...endpointQuery(endpoints.categories),
    enabled: false,
    select: (answer) => answer.items.find((category) => category.id === id)?.name ?? null,
  })
  // What a server drew this section with: it had only the products' answer.
  return hydrated ? data : undefined
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
function NoneInCategory({ categoryId, showAll, everyProduct }: NoneInCategoryProps) {
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

/**
 * Says, politely, what a change of filter shows; nothing at first, which the page itself shows. Not
 * in any server-rendered HTML: it is there from the render after hydration, before any change.
 */
export function FilterAnnouncer({ products, categoryId }: { products: Product[]; categoryId?: string }) {
  const { t } = useI18n()
  const hydrated = useHydrated()
  // When no featured product is in the category, what the section shows depends on whether the
  // category list has it (NoneInCategory): the announcement must say the same, not "no featured
  // products" over a grid of every product that an unknown category leaves on screen.
  const listed = useListedCategory(categoryId ?? '')
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
          : listed === null
            ? t('filter.unknown')
            : listed
              ? t('filter.empty', { category: listed })
              : t('filter.emptyUnnamed'),
    })
  }
  return hydrated ? (
    <span role="status" className="visually-hidden">
      {said.message}
    </span>
  ) : null
}
