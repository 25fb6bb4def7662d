import './categories.css'
import type { Category } from '../../api/schemas'
import { EmptyState } from '../../ui/empty-state'
import { formatInteger } from '../../ui/format'
import { ReservedCells } from '../../ui/reserved-cells'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, times } from '../../ui/skeleton'
import { useCategories } from './categories-queries'

/** The skeleton shows this many chips, and the list never takes more room than it reserved. */
const CHIP_SLOTS = 6

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
  // Past the slots, the last one counts what didn't fit.
  const shown = categories.length > CHIP_SLOTS ? categories.slice(0, CHIP_SLOTS - 1) : categories
  const hidden = categories.length - shown.length
  return (
    <ul className="chips">
      {shown.map((category) => (
        <li key={category.id} className="chip">
          <span className="chip__name" title={category.name}>
            {category.name}
          </span>
          <span className="chip__count">
            {formatInteger(category.productCount)}
            <span className="visually-hidden"> products</span>
          </span>
        </li>
      ))}
      {hidden > 0 && <li className="chip chip--more">+{formatInteger(hidden)} more</li>}
      <ReservedCells count={CHIP_SLOTS - shown.length - (hidden > 0 ? 1 : 0)} className="chip" />
    </ul>
  )
}

function CategoryChipsSkeleton() {
  return (
    <ul className="chips">
      {times(CHIP_SLOTS).map((index) => (
        <li key={index} className="chip chip--skeleton">
          <SkeletonBlock className="skeleton--line skeleton--w60" />
        </li>
      ))}
    </ul>
  )
}
