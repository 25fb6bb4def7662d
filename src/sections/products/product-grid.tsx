import { PRODUCTS_PAGE_SIZE } from '../../api/endpoints'
import type { Product } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { ReservedCells } from '../../ui/reserved-cells'

/** The featured products' cards; the grid keeps a full page's room, so a shorter list moves nothing below it. */
export function ProductGrid({ products }: { products: Product[] }) {
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
