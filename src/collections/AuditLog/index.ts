import type { CollectionConfig } from 'payload'

import { nobody, restaurantScoped } from '../../infrastructure/access'

/** Append-only: written by hooks through the Local API, read by owners, edited by nobody. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { en: 'Audit entry', fr: "Entrée d'audit" }, plural: { en: 'Audit log', fr: "Journal d'audit" } },
  admin: {
    group: { en: 'Admin', fr: 'Administration' },
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'entity', 'summary', 'actor', 'restaurant'],
  },
  defaultSort: '-createdAt',
  access: {
    read: restaurantScoped('owner'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: ['create', 'update', 'delete', 'login', 'login_failed', 'role_change', 'override', 'refund', 'merge', 'export', 'invite', 'disable', 'enable', 'link_request', 'email_change'].map((value) => ({ label: value, value })),
    },
    { name: 'entity', type: 'text', required: true, index: true, admin: { description: 'Collection slug' } },
    { name: 'entityId', type: 'text', index: true },
    { name: 'summary', type: 'text', required: true },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', index: true },
    { name: 'changes', type: 'json', admin: { description: 'Field: [before, after]' } },
    { name: 'ip', type: 'text' },
  ],
}
