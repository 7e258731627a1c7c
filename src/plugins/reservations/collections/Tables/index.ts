import type { CollectionConfig } from 'payload'

import { anyone, canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { ADMIN_GROUP, TABLE_AREAS } from '../../constants'
import { forgetBookingProfilesHook } from '../../services/profileCache'

export const Tables: CollectionConfig = {
  slug: 'tables',
  labels: { singular: { en: 'Table', fr: 'Table' }, plural: { en: 'Tables', fr: 'Tables' } },
  admin: {
    group: ADMIN_GROUP.restaurant,
    useAsTitle: 'label',
    defaultColumns: ['label', 'restaurant', 'area', 'minCapacity', 'maxCapacity', 'bookableOnline', 'active'],
    listSearchableFields: ['label'],
  },
  defaultSort: 'label',
  access: {
    // The floor plan and capacities are public: they tell a partner widget what can be booked.
    read: anyone,
    create: canCreateForRestaurant('manager'),
    update: restaurantScoped('manager'),
    delete: restaurantScoped('manager'),
  },
  indexes: [{ fields: ['restaurant', 'label'], unique: true }],
  hooks: { afterChange: [forgetBookingProfilesHook], afterDelete: [forgetBookingProfilesHook] },
  fields: [
    restaurantField(),
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 20, admin: { width: '34%', placeholder: 'T12' } },
        { name: 'area', type: 'select', required: true, defaultValue: 'dining_room', options: TABLE_AREAS, admin: { width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'minCapacity', label: 'Min guests', type: 'number', required: true, min: 1, max: 50, defaultValue: 1, admin: { width: '25%' } },
        {
          name: 'maxCapacity',
          label: 'Max guests',
          type: 'number',
          required: true,
          min: 1,
          max: 50,
          admin: { width: '25%' },
          validate: (value: null | number | undefined, { siblingData }: { siblingData: { minCapacity?: number } }) => {
            if (typeof value !== 'number') return 'Max guests is required'
            if (value < 1) return 'Max guests must be at least 1'
            if (typeof siblingData.minCapacity === 'number' && value < siblingData.minCapacity)
              return 'Max guests cannot be below min guests'
            return true
          },
        },
        { name: 'bookableOnline', type: 'checkbox', defaultValue: true, admin: { width: '25%' } },
        { name: 'active', type: 'checkbox', defaultValue: true, admin: { width: '25%' } },
      ],
    },
    {
      name: 'joinableWith',
      type: 'relationship',
      relationTo: 'tables',
      hasMany: true,
      admin: { description: 'Tables that can be pushed together with this one for a larger party.' },
      filterOptions: ({ id, siblingData }) => {
        const restaurant = (siblingData as { restaurant?: unknown })?.restaurant
        const where: Record<string, unknown> = id ? { id: { not_equals: id } } : {}
        if (restaurant) where.restaurant = { equals: typeof restaurant === 'object' ? (restaurant as { id: unknown }).id : restaurant }
        return Object.keys(where).length ? (where as never) : true
      },
    },
    {
      name: 'floor',
      type: 'group',
      label: 'Floor plan',
      admin: { description: 'Position on the floor plan, in grid units (the plan is 100 × 60).' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'x', type: 'number', min: 0, max: 100, defaultValue: 0, admin: { width: '16%' } },
            { name: 'y', type: 'number', min: 0, max: 60, defaultValue: 0, admin: { width: '16%' } },
            { name: 'width', type: 'number', min: 1, max: 40, defaultValue: 6, admin: { width: '16%' } },
            { name: 'height', type: 'number', min: 1, max: 40, defaultValue: 6, admin: { width: '16%' } },
            {
              name: 'shape',
              type: 'select',
              defaultValue: 'rect',
              options: [
                { label: 'Rectangle', value: 'rect' },
                { label: 'Round', value: 'round' },
              ],
              admin: { width: '18%' },
            },
            { name: 'rotation', type: 'number', min: 0, max: 359, defaultValue: 0, admin: { width: '18%' } },
          ],
        },
      ],
    },
  ],
}
