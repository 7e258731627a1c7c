import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField } from '../../infrastructure/access'
import { ROLES } from '../../infrastructure/access/roles'
import { selfOrAdmin } from './access/selfOrAdmin'
import { auditFailedLogin, auditRoleChange } from './hooks/auditAccess'
import { auditLogin } from './hooks/auditLogin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'Staff member', fr: "Membre de l'équipe" }, plural: { en: 'Staff', fr: 'Équipe' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 12 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SECURE_COOKIES !== 'false' },
  },
  admin: {
    group: { en: 'Admin', fr: 'Administration' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'restaurants'],
  },
  access: {
    // Staff can open the admin; diners (a separate collection later) cannot.
    admin: ({ req }) => Boolean(req.user && req.user.collection === 'users'),
    read: selfOrAdmin,
    create: adminsOnly,
    update: selfOrAdmin,
    delete: adminsOnly,
  },
  hooks: { afterLogin: [auditLogin], afterChange: [auditRoleChange], afterError: [auditFailedLogin] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['host'],
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      // Nobody promotes themselves.
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { description: 'Admin: everything. Owner: their restaurants. Manager: tables, menu, rules. Host: reservations.' },
    },
    {
      name: 'restaurants',
      type: 'relationship',
      relationTo: 'restaurants',
      hasMany: true,
      saveToJWT: true,
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description: 'What this person can see and edit. Admins are not limited.',
        condition: (data) => !(data?.roles ?? []).includes('admin'),
      },
      validate: (value: unknown, { siblingData }: { siblingData: { roles?: string[] } }) => {
        const roles = siblingData.roles ?? []
        if (roles.includes('admin')) return true
        return (Array.isArray(value) && value.length > 0) || 'Staff other than admins need at least one restaurant'
      },
    },
  ],
}

