/**
 * The 14 allergens that EU Regulation 1169/2011 (Annex II) requires restaurants to declare.
 * Values are stable identifiers stored in the database; labels are what a diner reads.
 */
export const ALLERGENS = [
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'peanuts',
  'soybeans',
  'milk',
  'nuts',
  'celery',
  'mustard',
  'sesame',
  'sulphites',
  'lupin',
  'molluscs',
] as const

export type Allergen = (typeof ALLERGENS)[number]

export const DIETARY_TAGS = ['vegetarian', 'vegan', 'gluten_free', 'dairy_free', 'halal', 'spicy'] as const

export type DietaryTag = (typeof DIETARY_TAGS)[number]

export type Localized<T = string> = { fr: T; en: T }

export const ALLERGEN_LABELS: Record<Allergen, Localized> = {
  gluten: { fr: 'Gluten', en: 'Gluten' },
  crustaceans: { fr: 'Crustacés', en: 'Crustaceans' },
  eggs: { fr: 'Œufs', en: 'Eggs' },
  fish: { fr: 'Poisson', en: 'Fish' },
  peanuts: { fr: 'Arachides', en: 'Peanuts' },
  soybeans: { fr: 'Soja', en: 'Soybeans' },
  milk: { fr: 'Lait', en: 'Milk' },
  nuts: { fr: 'Fruits à coque', en: 'Tree nuts' },
  celery: { fr: 'Céleri', en: 'Celery' },
  mustard: { fr: 'Moutarde', en: 'Mustard' },
  sesame: { fr: 'Sésame', en: 'Sesame' },
  sulphites: { fr: 'Sulfites', en: 'Sulphites' },
  lupin: { fr: 'Lupin', en: 'Lupin' },
  molluscs: { fr: 'Mollusques', en: 'Molluscs' },
}

export const DIETARY_LABELS: Record<DietaryTag, Localized> = {
  vegetarian: { fr: 'Végétarien', en: 'Vegetarian' },
  vegan: { fr: 'Végétalien', en: 'Vegan' },
  gluten_free: { fr: 'Sans gluten', en: 'Gluten-free' },
  dairy_free: { fr: 'Sans lactose', en: 'Dairy-free' },
  halal: { fr: 'Halal', en: 'Halal' },
  spicy: { fr: 'Épicé', en: 'Spicy' },
}
