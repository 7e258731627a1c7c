import type { CollectionConfig } from 'payload'

import { anyone, canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { TABLE_AREAS } from '../../constants'
import { label, options, refusal } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { forgetBookingProfilesHook } from '../../services/profileCache'
import { moveTableBookingsEndpoint } from '../../endpoints/moveTableBookings'
import { keepBookingsOnChange, keepBookingsOnDelete } from './hooks/keepBookingsSeated'

export const Tables: CollectionConfig = {
  slug: 'tables',
  labels: { singular: label('reservations:collections:table'), plural: label('reservations:collections:tables') },
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
  hooks: {
    beforeChange: [keepBookingsOnChange],
    beforeDelete: [keepBookingsOnDelete],
    afterChange: [forgetBookingProfilesHook],
    afterDelete: [forgetBookingProfilesHook],
  },
  endpoints: [moveTableBookingsEndpoint],
  fields: [
    restaurantField({ label: label('reservations:collections:restaurant') }),
    {
      type: 'row',
      fields: [
        { name: 'label', label: label('reservations:table:label'), type: 'text', required: true, maxLength: 20, admin: { width: '34%', placeholder: 'T12' } },
        { name: 'area', label: label('reservations:table:area'), type: 'select', required: true, defaultValue: 'dining_room', options: options('area', TABLE_AREAS), admin: { width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'minCapacity', label: label('reservations:table:minCapacity'), type: 'number', required: true, min: 1, max: 50, defaultValue: 1, admin: { width: '25%' } },
        {
          name: 'maxCapacity',
          label: label('reservations:table:maxCapacity'),
          type: 'number',
          required: true,
          min: 1,
          max: 50,
          admin: { width: '25%' },
          validate: (value: null | number | undefined, { siblingData, req }: { siblingData: { minCapacity?: number }; req: { t: unknown } }) => {
            if (typeof value !== 'number') return refusal(req, 'reservations:invalid:maxGuestsRequired')
            if (value < 1) return refusal(req, 'reservations:invalid:maxGuestsBelowOne')
            if (typeof siblingData.minCapacity === 'number' && value < siblingData.minCapacity)
              return refusal(req, 'reservations:invalid:maxGuestsBelowMin')
            return true
          },
        },
        { name: 'bookableOnline', label: label('reservations:table:bookableOnline'), type: 'checkbox', defaultValue: true, admin: { width: '25%' } },
        { name: 'active', label: label('reservations:table:active'), type: 'checkbox', defaultValue: true, admin: { width: '25%' } },
      ],
    },
    {
      // The bookings a change would strand, and the one-step move to other tables (managers).
      name: 'bookingsInTheWay',
      type: 'ui',
      admin: { components: { Field: '/plugins/reservations/admin/TableBookingsGuard#TableBookingsGuard' } },
    },
    {
      name: 'joinableWith',
      label: label('reservations:table:joinableWith'),
      type: 'relationship',
      relationTo: 'tables',
      hasMany: true,
      admin: { description: label('reservations:table:joinableWithHelp') },
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
      label: label('reservations:table:floor'),
      admin: { description: label('reservations:table:floorHelp') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'x', label: label('reservations:table:x'), type: 'number', min: 0, max: 100, defaultValue: 0, admin: { width: '16%' } },
            { name: 'y', label: label('reservations:table:y'), type: 'number', min: 0, max: 60, defaultValue: 0, admin: { width: '16%' } },
            { name: 'width', label: label('reservations:table:width'), type: 'number', min: 1, max: 40, defaultValue: 6, admin: { width: '16%' } },
            { name: 'height', label: label('reservations:table:height'), type: 'number', min: 1, max: 40, defaultValue: 6, admin: { width: '16%' } },
            {
              name: 'shape',
              label: label('reservations:table:shape'),
              type: 'select',
              defaultValue: 'rect',
              options: options('shape', ['rect', 'round']),
              admin: { width: '18%' },
            },
            { name: 'rotation', label: label('reservations:table:rotation'), type: 'number', min: 0, max: 359, defaultValue: 0, admin: { width: '18%' } },
          ],
        },
      ],
    },
  ],
}
