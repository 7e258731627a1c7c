import type { CollectionConfig } from 'payload'

import { anyone, canCreateForRestaurant, restaurantScoped } from '../../access'
import { restaurantField } from '../../fields/restaurant'
import { slugField } from '../../fields/slug'

export const MenuCategories: CollectionConfig = {
  slug: 'menu-categories',
  labels: { singular: 'Menu category', plural: 'Menu categories' },
  admin: { group: 'Menu', useAsTitle: 'name', defaultColumns: ['name', 'order', 'restaurant'] },
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
