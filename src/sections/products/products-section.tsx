import './products.css'
import { useEndpoint } from '../../api/endpoint-query'
import { PRODUCTS_PAGE_SIZE, endpoints } from '../../api/endpoints'
import type { Product } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { categoryIn, filterHref, followFilterLink, usePageSearch } from '../../ui/category-filter'
import { CheckAgainButton, EmptyState } from '../../ui/empty-state'
import { ReservedCells } from '../../ui/reserved-cells'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, SkeletonPill, SkeletonText, times } from '../../ui/skeleton'
import { useAfterHydration } from '../../ui/use-after-hydration'

// Filtering happens here, on the featured page already loaded: no request, nothing slower on the
// first load, and it works offline and from saved data (README, "Filtering by category"). What
// only matters once the page is hydrated (announcing a change, telling an unknown category from an
// empty one) loads then.
const loadFilterExtras = () => import('./filter-extras')

export function ProductsSection() {
  const query = useEndpoint(endpoints.products)
  const { t } = useI18n()
  const search = usePageSearch()
  const categoryId = categoryIn(search)
  const extras = useAfterHydration(loadFilterExtras)
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
      badge={({ items }) => extras && <extras.FilterAnnouncer products={items} categoryId={categoryId} />}
    >
      {({ items }) =>
        categoryId ? (
          <FilteredProducts products={items} categoryId={categoryId} search={search} />
        ) : (
          <ProductGrid products={items.slice(0, PRODUCTS_PAGE_SIZE)} />
        )
      }
    </SectionFrame>
  )
}

/** A category's name inside a sentence: isolated in its own direction (FSI…PDI), as every API text is. */
const isolated = (name: string) => `\u2068${name}\u2069`

/** The featured products of one category, with how many and a way back to all of them. */
function FilteredProducts({
  products,
  categoryId,
  search,
}: {
  products: Product[]
  categoryId: string
  search: string
}) {
  const { t } = useI18n()
  const extras = useAfterHydration(loadFilterExtras)
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
  // No featured product has this category: whether the list has it at all is known once hydrated.
  return extras ? (
    <extras.NoneInCategory
      categoryId={categoryId}
      showAll={showAll}
      everyProduct={<ProductGrid products={products.slice(0, PRODUCTS_PAGE_SIZE)} />}
    />
  ) : (
    <EmptyState title={t('filter.emptyUnnamed')} hint={t('filter.empty.hint')} action={showAll} />
  )
}

function ProductGrid({ products }: { products: Product[] }) {
  const { t, format } = useI18n()
  return (
    <ul className="product-grid">
      {products.map((product) => {
        const rating = format.rating(product.rating)
        const price = format.price(product.priceCents)
        const ratingText = t('rating', {
          rating,
          count: product.reviewCount,
          reviews: format.integer(product.reviewCount),
        })
        return (
          <li key={product.id} className="product-card">
            <span className="product-card__art" aria-hidden="true">
              {product.emoji}
            </span>
            {/* The API's texts, each isolated (dir="auto", or <bdi> inside a line): a right-to-left name
                or an override never reorders what follows. */}
            <h3 className="product-card__name" dir="auto">
              {product.name}
            </h3>
            <p className="product-card__meta">
              <bdi>{product.category}</bdi> · <bdi className="product-card__unit">{product.unit}</bdi>
            </p>
            <ul className="eco-labels" aria-label={t('ecoLabels')}>
              {product.ecoLabels.map((label) => (
                <li key={label} className={`eco-label eco-label--${label}`}>
                  {t(label)}
                </li>
              ))}
            </ul>
            {/* A price or rating too long for the card is cut short; its title keeps it whole. */}
            <p className="product-card__footer">
              <span className="product-card__price" title={price}>
                {price}
              </span>
              <span className="product-card__rating" title={ratingText}>
                <span aria-hidden="true">
                  <span className="product-card__star">★</span> {rating} ({format.integer(product.reviewCount)})
                </span>
                <span className="visually-hidden">{ratingText}</span>
              </span>
            </p>
          </li>
        )
      })}
      <ReservedCells count={PRODUCTS_PAGE_SIZE - products.length} className="product-card" />
    </ul>
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
