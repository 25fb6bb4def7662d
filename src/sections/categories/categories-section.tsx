import './categories.css'
import { useEndpoint } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'
import type { Category } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { categoryIn, filterHref, followFilterLink, usePageSearch } from '../../ui/category-filter'
import { CheckAgainButton, EmptyState } from '../../ui/empty-state'
import { ReservedCells } from '../../ui/reserved-cells'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonPill, SkeletonText, times } from '../../ui/skeleton'

/** The skeleton shows this many chips, and the list never takes more room than it reserved. */
const CHIP_SLOTS = 6

export function CategoriesSection() {
  const query = useEndpoint(endpoints.categories)
  const { t } = useI18n()
  return (
    <SectionFrame
      name="categories"
      query={query}
      skeleton={<CategoryChipsSkeleton />}
      empty={(checkAgain) => (
        <EmptyState
          title={t('categories.empty')}
          hint={t('categories.empty.hint')}
          action={<CheckAgainButton onClick={checkAgain} />}
        />
      )}
    >
      {({ items }) => <CategoryChips categories={items} />}
    </SectionFrame>
  )
}

function CategoryChips({ categories }: { categories: Category[] }) {
  const { t, format } = useI18n()
  // Each chip is a link to the products of its category (`?category=<id>`): it works before the
  // page's script has run, and the address says what is shown.
  const search = usePageSearch()
  const chosen = categoryIn(search)
  // Past the slots, the last one counts what didn't fit.
  const shown = categories.length > CHIP_SLOTS ? categories.slice(0, CHIP_SLOTS - 1) : categories
  const hidden = categories.length - shown.length
  return (
    <ul className="chips">
      {shown.map((category) => (
        <li key={category.id} className="chips__item">
          <a
            className="chip"
            href={filterHref(search, category.id)}
            aria-current={category.id === chosen || undefined}
            onClick={followFilterLink}
          >
            <span className="chip__name" title={category.name} dir="auto">
              {category.name}
            </span>
            <span className="chip__count">
              {format.integer(category.productCount)}
              <span className="visually-hidden"> {t('productCount', { count: category.productCount })}</span>
            </span>
          </a>
        </li>
      ))}
      {hidden > 0 && <li className="chip chip--more">{t('more', { count: format.integer(hidden) })}</li>}
      <ReservedCells count={CHIP_SLOTS - shown.length - (hidden > 0 ? 1 : 0)} className="chip" />
    </ul>
  )
}

function CategoryChipsSkeleton() {
  return (
    <ul className="chips">
      {times(CHIP_SLOTS).map((index) => (
        <li key={index} className="chip chip--skeleton">
          <SkeletonText className="chip__name" lines={['w60']} />
          <SkeletonPill className="chip__count" />
        </li>
      ))}
    </ul>
  )
}
