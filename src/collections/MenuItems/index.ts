import type { CollectionConfig } from 'payload'

import { anyone, canCreateForRestaurant, restaurantScoped } from '../../infrastructure/access'
import { ALLERGEN_LABELS, ALLERGENS, DIETARY_LABELS, DIETARY_TAGS } from '../../domain/menu/allergens'
import { amountField } from '../../infrastructure/fields/amount'
import { restaurantField } from '../../infrastructure/fields/restaurant'
import { slugField } from '../../infrastructure/fields/slug'
import { categoryOfSameRestaurant } from './hooks/categoryOfSameRestaurant'

export const MenuItems: CollectionConfig = {
  slug: 'menu-items',
  labels: { singular: { en: 'Dish', fr: 'Plat' }, plural: { en: 'Dishes', fr: 'Plats' } },
  admin: {
    group: { en: 'Menu', fr: 'Menu' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'priceMinor', 'allergens', 'available', 'featured'],
    listSearchableFields: ['name', 'slug'],
  },
  defaultSort: 'order',
  access: {
    read: anyone,
    create: canCreateForRestaurant('manager'),
    update: restaurantScoped('manager'),
    delete: restaurantScoped('manager'),
  },
  indexes: [{ fields: ['restaurant', 'slug'], unique: true }],
  hooks: { beforeChange: [categoryOfSameRestaurant] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    slugField('name', { unique: false }),
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
    {
      type: 'row',
      fields: [
        amountField('priceMinor', 'Price', { required: true, max: 1_000_000, admin: { width: '33%', description: 'In the restaurant currency, e.g. 12,50' } }),
        { name: 'category', type: 'relationship', relationTo: 'menu-categories', required: true, admin: { width: '67%' } },
      ],
    },
    {
      name: 'allergens',
      type: 'select',
      hasMany: true,
      options: ALLERGENS.map((value) => ({ value, label: { fr: ALLERGEN_LABELS[value].fr, en: ALLERGEN_LABELS[value].en } })),
      admin: { description: 'The 14 allergens EU law requires you to declare (Regulation 1169/2011).' },
    },
    {
      name: 'dietary',
      type: 'select',
      hasMany: true,
      options: DIETARY_TAGS.map((value) => ({ value, label: { fr: DIETARY_LABELS[value].fr, en: DIETARY_LABELS[value].en } })),
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        { name: 'available', type: 'checkbox', defaultValue: true, admin: { width: '33%', description: 'Untick when sold out' } },
        { name: 'featured', type: 'checkbox', defaultValue: false, admin: { width: '33%', description: 'Shown on the home page' } },
        { name: 'order', type: 'number', defaultValue: 0, admin: { width: '33%' } },
      ],
    },
    restaurantField(),
  ],
}
