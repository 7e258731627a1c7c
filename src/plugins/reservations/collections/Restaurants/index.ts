import type { CollectionConfig } from 'payload'

import { adminsOnly, anyone } from '../../../../infrastructure/access'
import { isTimeZone } from '../../../../domain/time'
import { slugField } from '../../../../infrastructure/fields/slug'
import { ADMIN_GROUP, CURRENCIES } from '../../constants'
import { availabilityEndpoint } from '../../endpoints/availability'
import { reportsEndpoint } from '../../endpoints/reports'
import { analyticsEndpoint, calendarEndpoint, serviceDayEndpoint } from '../../endpoints/service'
import { walkInEndpoint } from '../../endpoints/walkIn'
import { auditChanges } from '../../../../infrastructure/audit/auditChanges'
import { forgetBookingProfilesHook } from '../../services/profileCache'
import { canEditRestaurant } from './access/canEditRestaurant'
import { bookingRulesFields } from './fields/bookingRules'
import { notificationFields } from './fields/notifications'
import { exceptionsField, servicesField } from './fields/openingHours'
import { policyFields } from './fields/policies'
import { forgetRequestRestaurants } from '../../services/restaurants'

export const restaurantsCollection = ({ defaultTimeZone }: { defaultTimeZone: string }): CollectionConfig => ({
  slug: 'restaurants',
  labels: { singular: { en: 'Restaurant', fr: 'Restaurant' }, plural: { en: 'Restaurants', fr: 'Restaurants' } },
  admin: {
    group: ADMIN_GROUP.restaurant,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'timeZone', 'phone', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
  },
  endpoints: [availabilityEndpoint, serviceDayEndpoint, calendarEndpoint, analyticsEndpoint, reportsEndpoint, walkInEndpoint],
  // Hours, booking rules, deposit and cancellation policies: every change is audited, field by field.
  hooks: { afterChange: [forgetBookingProfilesHook, forgetRequestRestaurants, auditChanges('restaurants')], afterDelete: [forgetBookingProfilesHook] },
  access: {
    read: anyone,
    create: adminsOnly,
    update: canEditRestaurant,
    delete: adminsOnly,
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Identity',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 120 },
            slugField('name'),
            { name: 'tagline', type: 'text', localized: true, maxLength: 160 },
            { name: 'description', type: 'textarea', localized: true },
            {
              name: 'timeZone',
              type: 'text',
              required: true,
              defaultValue: defaultTimeZone,
              admin: { description: 'IANA time zone, e.g. Europe/Paris. Every opening hour is read in it.' },
              validate: (value: null | string | undefined) =>
                (value && isTimeZone(value)) || 'Enter an IANA time zone such as Europe/Paris',
            },
            {
              type: 'row',
              fields: [
                { name: 'phone', type: 'text', admin: { width: '33%' } },
                { name: 'email', type: 'email', admin: { width: '33%' } },
                {
                  name: 'currency',
                  type: 'select',
                  options: CURRENCIES,
                  defaultValue: 'EUR',
                  required: true,
                  admin: { width: '33%' },
                },
              ],
            },
            {
              name: 'address',
              type: 'group',
              fields: [
                { name: 'street', type: 'text' },
                {
                  type: 'row',
                  fields: [
                    { name: 'postalCode', type: 'text', admin: { width: '30%' } },
                    { name: 'city', type: 'text', admin: { width: '40%' } },
                    { name: 'country', type: 'text', defaultValue: 'FR', admin: { width: '30%' } },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'latitude', type: 'number', min: -90, max: 90, admin: { width: '50%' } },
                    { name: 'longitude', type: 'number', min: -180, max: 180, admin: { width: '50%' } },
                  ],
                },
              ],
            },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
          ],
        },
        { label: 'Opening hours', fields: [servicesField(), exceptionsField()] },
        { label: 'Booking rules', fields: bookingRulesFields() },
        { label: 'Deposits & cancellation', fields: policyFields() },
        { label: 'Notifications', fields: notificationFields() },
      ],
    },
  ],
})
