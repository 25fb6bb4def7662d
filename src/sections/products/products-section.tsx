import './products.css'
import { PRODUCTS_PAGE_SIZE } from '../../api/endpoints'
import type { EcoLabel, Product } from '../../api/schemas'
import { EmptyState } from '../../ui/empty-state'
import { formatInteger, formatPrice, formatRating } from '../../ui/format'
import { ReservedCells } from '../../ui/reserved-cells'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, times } from '../../ui/skeleton'
import { useProducts } from './products-queries'

export function ProductsSection() {
  const query = useProducts()
  return (
    <SectionFrame
      name="products"
      query={query}
      skeleton={<ProductGridSkeleton />}
      isEmpty={(products) => products.length === 0}
      empty={<EmptyState title="No products yet" hint="New sustainable goods are added every week. Check back soon." />}
    >
      {(products) => <ProductGrid products={products.slice(0, PRODUCTS_PAGE_SIZE)} />}
    </SectionFrame>
  )
}

const ecoLabelText: Record<EcoLabel, string> = { organic: 'Organic', local: 'Local', 'fair-trade': 'Fair trade' }

function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id} className="product-card">
          <span className="product-card__art" aria-hidden="true">
            {product.emoji}
          </span>
          {/* Long texts are cut short on the card; each title keeps the whole text. */}
          <h3 className="product-card__name" title={product.name}>
            {product.name}
          </h3>
          <p className="product-card__meta" title={`${product.category} · ${product.unit}`}>
            {product.category} · {product.unit}
          </p>
          <ul className="eco-labels" aria-label="Eco labels">
            {product.ecoLabels.map((label) => (
              <li key={label} className={`eco-label eco-label--${label}`}>
                {ecoLabelText[label]}
              </li>
            ))}
          </ul>
          <p className="product-card__footer">
            <span className="product-card__price" title={formatPrice(product.priceCents)}>
              {formatPrice(product.priceCents)}
            </span>
            <span className="product-card__rating" title={`★ ${formatRating(product.rating)} (${formatInteger(product.reviewCount)})`}>
              <span aria-hidden="true">★ </span>
              <span className="visually-hidden">Rated </span>
              {formatRating(product.rating)}
              <span className="visually-hidden"> out of 5</span> ({formatInteger(product.reviewCount)})
            </span>
          </p>
        </li>
      ))}
      <ReservedCells count={PRODUCTS_PAGE_SIZE - products.length} className="product-card" />
    </ul>
  )
}

function ProductGridSkeleton() {
  return (
    <ul className="product-grid">
      {times(PRODUCTS_PAGE_SIZE).map((index) => (
        <li key={index} className="product-card product-card--skeleton">
          <SkeletonBlock className="product-card__art" />
          <SkeletonBlock className="skeleton--line skeleton--w70" />
          <SkeletonBlock className="skeleton--line skeleton--w50" />
          <SkeletonBlock className="skeleton--line skeleton--w40" />
          <SkeletonBlock className="skeleton--line skeleton--w30" />
        </li>
      ))}
    </ul>
  )
}
