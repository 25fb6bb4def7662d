import './categories.css'
import type { Category } from '../../api/schemas'
import { EmptyState } from '../../ui/empty-state'
import { formatInteger } from '../../ui/format'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, times } from '../../ui/skeleton'
import { useCategories } from './categories-queries'

/** The skeleton shows this many chips: the size of EcoMarket's category list. */
const EXPECTED_CATEGORIES = 6

export function CategoriesSection() {
  const query = useCategories()
  return (
    <SectionFrame
      name="categories"
      query={query}
      skeleton={<CategoryChipsSkeleton />}
      isEmpty={(categories) => categories.length === 0}
      empty={<EmptyState title="No categories yet" hint="Categories appear as soon as products are listed." />}
    >
      {(categories) => <CategoryChips categories={categories} />}
    </SectionFrame>
  )
}

function CategoryChips({ categories }: { categories: Category[] }) {
  return (
    <ul className="chips">
      {categories.map((category) => (
        <li key={category.id} className="chip">
          <span className="chip__name">{category.name}</span>
          <span className="chip__count" aria-label={`${formatInteger(category.productCount)} products`}>
            {formatInteger(category.productCount)}
          </span>
        </li>
      ))}
    </ul>
  )
}

function CategoryChipsSkeleton() {
  return (
    <ul className="chips">
      {times(EXPECTED_CATEGORIES).map((index) => (
        <li key={index} className="chip chip--skeleton">
          <SkeletonBlock className="skeleton--line skeleton--w60" />
        </li>
      ))}
    </ul>
  )
}
