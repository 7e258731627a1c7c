import type { CollectionConfig } from 'payload'

import { anyone, canCreateForRestaurant, restaurantScoped } from '../../infrastructure/access'
import { restaurantField } from '../../infrastructure/fields/restaurant'
import { slugField } from '../../infrastructure/fields/slug'

export const MenuCategories: CollectionConfig = {
  slug: 'menu-categories',
  labels: { singular: { en: 'Menu category', fr: 'Catégorie du menu' }, plural: { en: 'Menu categories', fr: 'Catégories du menu' } },
  admin: { group: { en: 'Menu', fr: 'Menu' }, useAsTitle: 'name', defaultColumns: ['name', 'order', 'restaurant'] },
  defaultSort: 'order',
  access: {
    read: anyone,
    create: canCreateForRestaurant('manager'),
    update: restaurantScoped('manager'),
    delete: restaurantScoped('manager'),
  },
  indexes: [{ fields: ['restaurant', 'slug'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('name', { unique: false }),
    { name: 'description', type: 'textarea', localized: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: 'Lower comes first' } },
    restaurantField(),
  ],
}
