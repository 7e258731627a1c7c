import type { Allergen, DietaryTag } from './allergens'

export interface FilterableDish {
  name: string
  description?: string | null
  allergens?: Allergen[] | null
  dietary?: DietaryTag[] | null
}

export interface MenuFilter {
  query: string
  /** dishes containing any of these are hidden */
  without: Allergen[]
  /** dishes must carry every one of these */
  diets: DietaryTag[]
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** The diner's menu filters: free of the allergens they avoid, fitting their diet, matching their words. */
export function filterDishes<T extends FilterableDish>(dishes: T[], filter: MenuFilter): T[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean)
  return dishes.filter((dish) => {
    if (filter.without.some((a) => dish.allergens?.includes(a))) return false
    if (!filter.diets.every((d) => dish.dietary?.includes(d))) return false
    const text = fold(`${dish.name} ${dish.description ?? ''}`)
    return words.every((w) => text.includes(w))
  })
}
