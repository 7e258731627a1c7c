import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../../infrastructure/access'
import { isStaff, ROLES } from '../../infrastructure/access/roles'
import { selfOrTeam, teamFieldAccess } from './access/team'
import { inviteEndpoint } from './endpoints/invite'
import { auditFailedLogin, auditRoleChange } from './hooks/auditAccess'
import { auditLogin } from './hooks/auditLogin'
import { enforceTeamRules, refuseDisabledLogin } from './hooks/enforceTeamRules'

const ROLE_LABELS: Record<(typeof ROLES)[number], { en: string; fr: string }> = {
  admin: { en: 'Admin', fr: 'Administrateur' },
  owner: { en: 'Owner', fr: 'Propriétaire' },
  manager: { en: 'Manager', fr: 'Responsable' },
  host: { en: 'Host', fr: 'Hôte' },
}

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
    defaultColumns: ['name', 'email', 'roles', 'restaurants', 'disabled'],
    // Owners invite their team from the list (the collection's own "create" stays an admin's).
    components: { beforeListTable: ['/collections/Users/admin/InviteStaff#InviteStaff'] },
  },
  access: {
    // Staff can open the admin; diners (a separate collection) and disabled accounts cannot.
    admin: ({ req }) => isStaff(req.user),
    read: selfOrTeam,
    create: adminsOnly,
    update: selfOrTeam,
    delete: adminsOnly,
  },
  endpoints: [inviteEndpoint],
  hooks: {
    beforeChange: [enforceTeamRules],
    beforeLogin: [refuseDisabledLogin],
    afterLogin: [auditLogin],
    afterChange: [auditRoleChange],
    afterError: [auditFailedLogin],
  },
  fields: [
    { name: 'name', label: { en: 'Name', fr: 'Nom' }, type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      label: { en: 'Roles', fr: 'Rôles' },
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['host'],
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      saveToJWT: true,
      // Nobody promotes themselves; owners give manager or host to their staff (enforceTeamRules).
      access: { create: teamFieldAccess, update: teamFieldAccess },
      admin: {
        description: {
          en: 'Admin: everything. Owner: their restaurants and team. Manager: tables, menu, rules. Host: reservations.',
          fr: 'Administrateur : tout. Propriétaire : ses restaurants et son équipe. Responsable : tables, carte, règles. Hôte : réservations.',
        },
      },
    },
    {
      name: 'restaurants',
      label: { en: 'Restaurants', fr: 'Restaurants' },
      type: 'relationship',
      relationTo: 'restaurants',
      hasMany: true,
      saveToJWT: true,
      access: { create: teamFieldAccess, update: teamFieldAccess },
      admin: {
        description: { en: 'What this person can see and edit. Admins are not limited.', fr: 'Ce que cette personne voit et modifie. Les administrateurs ne sont pas limités.' },
        condition: (data) => !(data?.roles ?? []).includes('admin'),
      },
      // An owner picks among their own restaurants; the ones already on the account stay listed
      // (a shared member of staff keeps the other restaurant; the team rules refuse adding one).
      filterOptions: ({ user, data }) => {
        if (!user || (user as { roles?: string[] }).roles?.includes('admin')) return true
        const idOf = (r: unknown) => (typeof r === 'object' && r ? (r as { id: number }).id : r)
        const ids = [...((user as { restaurants?: unknown[] }).restaurants ?? []), ...((data as { restaurants?: unknown[] } | undefined)?.restaurants ?? [])].map(idOf)
        return { id: { in: ids } } as never
      },
      validate: (value: unknown, { siblingData }: { siblingData: { roles?: string[] } }) => {
        const roles = siblingData.roles ?? []
        if (roles.includes('admin')) return true
        return (Array.isArray(value) && value.length > 0) || 'Staff other than admins need at least one restaurant'
      },
    },
    {
      name: 'disabled',
      label: { en: 'Disabled (cannot sign in)', fr: 'Désactivé (ne peut plus se connecter)' },
      type: 'checkbox',
      defaultValue: false,
      access: { create: teamFieldAccess, update: teamFieldAccess },
      admin: {
        position: 'sidebar',
        description: { en: 'Signs the person out at once and keeps them out until re-enabled.', fr: 'Déconnecte la personne aussitôt et l’empêche de revenir jusqu’à sa réactivation.' },
      },
    },
  ],
}
