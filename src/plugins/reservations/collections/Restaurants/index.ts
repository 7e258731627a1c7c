import type { CollectionConfig } from 'payload'

import { adminsOnly, anyone } from '../../../../infrastructure/access'
import { isTimeZone } from '../../../../domain/time'
import { slugField } from '../../../../infrastructure/fields/slug'
import { CURRENCIES } from '../../constants'
import { label, refusal } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { availabilityEndpoint } from '../../endpoints/availability'
import { funnelEndpoint, funnelEventsEndpoint } from '../../endpoints/funnel'
import { reportsEndpoint } from '../../endpoints/reports'
import { analyticsEndpoint, calendarEndpoint, serviceDayEndpoint } from '../../endpoints/service'
import { trendsEndpoint } from '../../endpoints/trends'
import { feedbackStatsEndpoint } from '../../endpoints/feedback'
import { walkInEndpoint } from '../../endpoints/walkIn'
import { guestSearchEndpoint, staffAvailabilityEndpoint, staffBookingEndpoint } from '../../endpoints/staffBooking'
import { auditChanges } from '../../../../infrastructure/audit/auditChanges'
import { forgetBookingProfilesHook } from '../../services/profileCache'
import { canEditRestaurant } from './access/canEditRestaurant'
import { embedOriginsValid } from './hooks/embedOriginsValid'
import { slugNotReserved } from './hooks/slugNotReserved'
import { bookingRulesFields } from './fields/bookingRules'
import { embeddingFields } from './fields/embedding'
import { notificationFields } from './fields/notifications'
import { exceptionsField, servicesField } from './fields/openingHours'
import { policyFields } from './fields/policies'
import { forgetRequestRestaurants } from '../../services/restaurants'

export const restaurantsCollection = ({ defaultTimeZone }: { defaultTimeZone: string }): CollectionConfig => ({
  slug: 'restaurants',
  labels: { singular: label('reservations:collections:restaurant'), plural: label('reservations:collections:restaurants') },
  admin: {
    group: ADMIN_GROUP.restaurant,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'timeZone', 'phone', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
  },
  endpoints: [availabilityEndpoint, serviceDayEndpoint, calendarEndpoint, analyticsEndpoint, trendsEndpoint, feedbackStatsEndpoint, reportsEndpoint, walkInEndpoint, staffAvailabilityEndpoint, guestSearchEndpoint, staffBookingEndpoint, funnelEventsEndpoint, funnelEndpoint],
  // Hours, booking rules, deposit and cancellation policies: every change is audited, field by field.
  hooks: { beforeChange: [slugNotReserved, embedOriginsValid], afterChange: [forgetBookingProfilesHook, forgetRequestRestaurants, auditChanges('restaurants')], afterDelete: [forgetBookingProfilesHook] },
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
          label: label('reservations:restaurant:identityTab'),
          fields: [
            { name: 'name', label: label('reservations:restaurant:name'), type: 'text', required: true, maxLength: 120 },
            slugField('name', { label: label('reservations:restaurant:slug'), admin: { position: 'sidebar', description: label('reservations:restaurant:slugHelp') } }),
            { name: 'tagline', label: label('reservations:restaurant:tagline'), type: 'text', localized: true, maxLength: 160 },
            { name: 'cuisine', label: label('reservations:restaurant:cuisine'), type: 'text', localized: true, maxLength: 80, admin: { description: label('reservations:restaurant:cuisineHelp') } },
            { name: 'description', label: label('reservations:restaurant:description'), type: 'textarea', localized: true },
            {
              name: 'timeZone',
              label: label('reservations:restaurant:timeZone'),
              type: 'text',
              required: true,
              defaultValue: defaultTimeZone,
              admin: { description: label('reservations:restaurant:timeZoneHelp') },
              validate: (value: null | string | undefined, { req }: { req: { t: unknown } }) => (value && isTimeZone(value)) || refusal(req, 'reservations:invalid:timeZone'),
            },
            {
              type: 'row',
              fields: [
                { name: 'phone', label: label('reservations:restaurant:phone'), type: 'text', admin: { width: '33%' } },
                { name: 'email', label: label('reservations:restaurant:email'), type: 'email', admin: { width: '33%' } },
                {
                  name: 'currency',
                  label: label('reservations:restaurant:currency'),
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
              label: label('reservations:restaurant:address'),
              type: 'group',
              fields: [
                { name: 'street', label: label('reservations:restaurant:street'), type: 'text' },
                {
                  type: 'row',
                  fields: [
                    { name: 'postalCode', label: label('reservations:restaurant:postalCode'), type: 'text', admin: { width: '30%' } },
                    { name: 'city', label: label('reservations:restaurant:city'), type: 'text', admin: { width: '40%' } },
                    { name: 'country', label: label('reservations:restaurant:country'), type: 'text', defaultValue: 'FR', admin: { width: '30%' } },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'latitude', label: label('reservations:restaurant:latitude'), type: 'number', min: -90, max: 90, admin: { width: '50%' } },
                    { name: 'longitude', label: label('reservations:restaurant:longitude'), type: 'number', min: -180, max: 180, admin: { width: '50%' } },
                  ],
                },
              ],
            },
            { name: 'heroImage', label: label('reservations:restaurant:heroImage'), type: 'upload', relationTo: 'media' },
          ],
        },
        { label: label('reservations:restaurant:hoursTab'), fields: [servicesField(), exceptionsField()] },
        { label: label('reservations:restaurant:rulesTab'), fields: bookingRulesFields() },
        { label: label('reservations:restaurant:policiesTab'), fields: policyFields() },
        { label: label('reservations:restaurant:notificationsTab'), fields: notificationFields() },
        { label: label('reservations:restaurant:embedTab'), fields: embeddingFields() },
      ],
    },
    // The local day whose morning report went out: claimed by one UPDATE so a report is sent once a day.
    { name: 'dailyReportSentOn', type: 'text', hidden: true },
  ],
})
