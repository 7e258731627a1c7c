'use client'

import Image from 'next/image'
import { useMemo, useState } from 'react'

import { ALLERGEN_LABELS, ALLERGENS, DIETARY_LABELS, DIETARY_TAGS, type Allergen, type DietaryTag } from '@/domain/menu/allergens'
import { filterDishes } from '@/domain/menu/filter'
import { formatMinor } from '@/domain/money'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

export interface MenuDish {
  id: number
  name: string
  description: string | null
  /** minor units (cents) */
  priceMinor: number
  allergens: Allergen[]
  dietary: DietaryTag[]
  available: boolean
  categoryId: number
  image: { src: string; alt: string; width: number; height: number } | null
}

export interface MenuCategoryView {
  id: number
  name: string
  description: string | null
}

const DIET_ICONS: Record<DietaryTag, string> = { vegetarian: '🌿', vegan: '🌱', gluten_free: '🌾', dairy_free: '🥛', halal: '☪', spicy: '🌶' }

export function MenuBrowser({ locale, categories, dishes, currency }: { locale: Locale; categories: MenuCategoryView[]; dishes: MenuDish[]; currency: string }) {
  const t = messagesFor(locale).menu
  const [query, setQuery] = useState('')
  const [without, setWithout] = useState<Allergen[]>([])
  const [diets, setDiets] = useState<DietaryTag[]>([])
  const shown = useMemo(() => filterDishes(dishes, { query, without, diets }), [dishes, query, without, diets])
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])

  return (
    <>
      <section className="menu-filters card" aria-labelledby="filters-title">
        <h2 id="filters-title" className="visually-hidden">
          {t.filters}
        </h2>
        <div className="field">
          <label htmlFor="menu-search">{t.search}</label>
          <input id="menu-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <fieldset className="field">
          <legend>{t.without}</legend>
          <ul className="chips" role="list">
            {ALLERGENS.map((a) => (
              <li key={a}>
                <button type="button" className="chip" aria-pressed={without.includes(a)} onClick={() => setWithout(toggle(without, a))}>
                  {ALLERGEN_LABELS[a][locale]}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="field">
          <legend>{t.diet}</legend>
          <ul className="chips" role="list">
            {DIETARY_TAGS.map((d) => (
              <li key={d}>
                <button type="button" className="chip" aria-pressed={diets.includes(d)} onClick={() => setDiets(toggle(diets, d))}>
                  <span aria-hidden="true">{DIET_ICONS[d]} </span>
                  {DIETARY_LABELS[d][locale]}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <p role="status" aria-live="polite">
          {t.results(shown.length)}
          {without.length || diets.length || query ? (
            <>
              {' · '}
              <button type="button" className="chip" onClick={() => (setQuery(''), setWithout([]), setDiets([]))}>
                {t.reset}
              </button>
            </>
          ) : null}
        </p>
      </section>
      {shown.length === 0 ? <p>{t.noMatch}</p> : null}
      {categories.map((category) => {
        const inCategory = shown.filter((d) => d.categoryId === category.id)
        if (!inCategory.length) return null
        return (
          <section key={category.id} className="menu-category" aria-labelledby={`cat-${category.id}`}>
            <h2 id={`cat-${category.id}`}>{category.name}</h2>
            {category.description ? <p>{category.description}</p> : null}
            <ul className="dishes" role="list">
              {inCategory.map((dish) => (
                <li key={dish.id} className="dish">
                  {dish.image ? <Image src={dish.image.src} alt={dish.image.alt} width={dish.image.width} height={dish.image.height} sizes="(min-width: 900px) 260px, (min-width: 500px) 45vw, 92vw" /> : null}
                  <div className="dish__body">
                    <h3 className="dish__name">{dish.name}</h3>
                    {dish.description ? <p>{dish.description}</p> : null}
                    <span className="dish__price">{formatMinor(dish.priceMinor, currency, locale)}</span>
                    {!dish.available ? <span className="tag"> {t.soldOut}</span> : null}
                    <ul className="tags" aria-label={t.allergens} role="list">
                      {dish.allergens.length ? (
                        dish.allergens.map((a) => (
                          <li key={a} className="tag">
                            {ALLERGEN_LABELS[a][locale]}
                          </li>
                        ))
                      ) : (
                        <li className="tag">{t.noAllergens}</li>
                      )}
                      {dish.dietary.map((d) => (
                        <li key={d} className="tag tag--diet">
                          <span aria-hidden="true">{DIET_ICONS[d]} </span>
                          {DIETARY_LABELS[d][locale]}
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
