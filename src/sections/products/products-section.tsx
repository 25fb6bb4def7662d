import './products.css'
import { useEffect, useState } from 'react'
import { useEndpoint } from '../../api/endpoint-query'
import { PRODUCTS_PAGE_SIZE, endpoints } from '../../api/endpoints'
import { useI18n } from '../../i18n/i18n-context'
import { categoryIn, usePageSearch } from '../../ui/category-filter'
import { CheckAgainButton, EmptyState } from '../../ui/empty-state'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, SkeletonPill, SkeletonText, times } from '../../ui/skeleton'
import { filterViewNow, preloadFilterView } from './filter-view-loader'
import { ProductGrid } from './product-grid'

// Filtering happens here, on the featured page already loaded: no request, nothing slower on the
// first load, and it works offline and from saved data (docs/behaviour.md, "Filtering by category").

export function ProductsSection() {
  const query = useEndpoint(endpoints.products)
  const { t } = useI18n()
  const search = usePageSearch()
  const categoryId = categoryIn(search)
  // The filter's view: there from the first render when the address had a filter (preloaded), else loaded now.
  const [view, setView] = useState(filterViewNow)
  useEffect(() => {
    if (!view) preloadFilterView().then(setView, () => {})
  }, [view])
  return (
    <SectionFrame
      name="products"
      query={query}
      skeleton={<ProductGridSkeleton />}
      empty={(checkAgain) => (
        <EmptyState
          title={t('products.empty')}
          hint={t('products.empty.hint')}
          action={<CheckAgainButton onClick={checkAgain} />}
        />
      )}
      badge={({ items }) => view && <view.FilterAnnouncer products={items} categoryId={categoryId} />}
    >
      {({ items }) =>
        categoryId && view ? (
          <view.FilteredProducts products={items} categoryId={categoryId} search={search} />
        ) : (
          <ProductGrid products={items.slice(0, PRODUCTS_PAGE_SIZE)} />
        )
      }
    </SectionFrame>
  )
}

/** Each card's lines as its room reserves them (products.css): a two-line name, one line of pack size, two rows of labels, price and rating. */
function ProductGridSkeleton() {
  return (
    <ul className="product-grid">
      {times(PRODUCTS_PAGE_SIZE).map((index) => (
        <li key={index} className="product-card">
          <SkeletonBlock className="product-card__art" />
          <SkeletonText className="product-card__name" lines={['w90', 'w60']} />
          <SkeletonText className="product-card__meta" lines={['w70']} />
          <span className="eco-labels">
            <SkeletonPill className="eco-label skeleton--w60" />
            <SkeletonPill className="eco-label skeleton--w50" />
          </span>
          <span className="product-card__footer">
            <SkeletonText className="product-card__price" lines={['w40']} />
            <SkeletonText className="product-card__rating" lines={['w50']} />
          </span>
        </li>
      ))}
    </ul>
  )
}
