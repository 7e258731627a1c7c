import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '../../infrastructure/access'
import { phoneField } from '../../infrastructure/fields/phone'
import { payloadEmail } from './emails'
import { accountEndpoints } from './endpoints/account'
import { oauthEndpoints } from './endpoints/oauth'
import { sessionEndpoints } from './endpoints/session'
import { DINER_SESSION_SECONDS } from './session'

/**
 * Diners: people who book, with an account of their own. Separate from staff (`users`): they never
 * open the admin (Users' `access.admin` admits only `users`) and every staff access rule requires a
 * staff user. Diners act only through the endpoints below, which read the diner cookie themselves.
 */
export const Customers: CollectionConfig = {
  slug: 'customers',
  labels: { singular: { en: 'Diner account', fr: 'Compte client' }, plural: { en: 'Diner accounts', fr: 'Comptes clients' } },
  auth: {
    // Our endpoints turn Payload's emails off and send their own (with a text part): see emails.ts.
    verify: payloadEmail('verify'),
    forgotPassword: { expiration: 60 * 60 * 1000, ...payloadEmail('reset') },
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: DINER_SESSION_SECONDS,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SECURE_COOKIES !== 'false' },
  },
  // GraphQL's login/refresh mutations would set Payload's shared cookie: diners have none.
  graphQL: false,
  admin: {
    group: { en: 'Admin', fr: 'Administration' },
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', '_verified', 'createdAt'],
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  access: {
    // Personal data: admins may look a diner up for support; diners use their own endpoints.
    read: adminsOnly,
    create: nobody,
    update: adminsOnly,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  // Ours come first, so they replace Payload's login/logout/refresh/me (which use the shared cookie).
  endpoints: [...sessionEndpoints, ...accountEndpoints, ...oauthEndpoints],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    // Optional, E.164 like every number we keep: the wizard can offer it to a signed-in diner.
    phoneField('phone'),
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'fr',
      options: [
        { label: 'Français', value: 'fr' },
        { label: 'English', value: 'en' },
      ],
    },
    {
      name: 'identities',
      type: 'array',
      admin: { readOnly: true, description: 'Sign-in providers linked to this account.' },
      fields: [
        { name: 'provider', type: 'text', required: true },
        { name: 'subject', type: 'text', required: true, index: true },
      ],
    },
  ],
}
