import type { Field } from 'payload'

import { hasAtLeast } from '../../../../../infrastructure/access/roles'
import { label } from '../../../translations'

/**
 * The sites allowed to frame this restaurant's booking widget (/embed/{locale}/{slug}): the embed
 * page's `frame-ancestors`. Owners decide where their booking form may appear; a manager sees the
 * list but cannot widen it. Checked and normalised by hooks/embedOriginsValid.ts.
 */
export const embeddingFields = (): Field[] => [
  {
    name: 'embedOrigins',
    label: label('reservations:restaurant:embedOrigins'),
    type: 'text',
    hasMany: true,
    access: { create: ({ req }) => hasAtLeast(req.user, 'owner'), update: ({ req }) => hasAtLeast(req.user, 'owner') },
    admin: { description: label('reservations:restaurant:embedOriginsHelp') },
  },
]
