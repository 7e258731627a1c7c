import type { Allergen, DietaryTag, Localized } from '../../domain/menu/allergens'

export interface SeedCategory {
  slug: string
  name: Localized
  description: Localized
  order: number
}

export interface SeedDish {
  slug: string
  /** slug of a SeedCategory */
  category: string
  name: Localized
  description: Localized
  /** in cents, e.g. 1450 for 14,50 € */
  priceMinor: number
  allergens: Allergen[]
  dietary: DietaryTag[]
  /** file name in src/seed/images */
  image: string
  featured?: boolean
}

/** A page's text: paragraphs are plain strings, turned into Lexical rich text by the seed. */
export interface SeedPageSection {
  heading: Localized
  paragraphs: Localized<string[]>
}

export interface SeedPage {
  slug: string
  title: Localized
  intro: Localized
  sections: SeedPageSection[]
  metaDescription: Localized
}
