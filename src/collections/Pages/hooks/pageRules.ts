import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { errorMessage, type ErrorCode } from '../../../domain/errors'
import { hasAtLeast, isAdmin, relationId } from '../../../infrastructure/access/roles'
import { requestLanguage } from '../../../infrastructure/http/respond'

/**
 * Two rules the database cannot say alone: a slug is unique within its restaurant (and among the
 * group's own pages, where the restaurant is empty and SQL's NULLs never collide), and only an
 * owner makes a page the group's (a manager could otherwise move one out of their restaurant).
 */
export const pageRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, context }) => {
  if (context?.seeding) return data
  const restaurant = relationId((data.restaurant === undefined ? originalDoc?.restaurant : data.restaurant) as never)
  const slug = (data.slug ?? originalDoc?.slug) as string | undefined
  const refuse = (path: string, code: ErrorCode) => {
    const errors: Array<ValidationFieldError & { code: ErrorCode }> = [{ path, code, message: errorMessage(code, requestLanguage(req)) }]
    throw new ValidationError({ collection: 'pages', errors, req })
  }
  if (restaurant === null && req.user && !isAdmin(req.user) && !hasAtLeast(req.user, 'owner')) refuse('restaurant', 'required')
  if (!slug) return data
  const { totalDocs } = await req.payload.count({
    collection: 'pages',
    where: {
      and: [
        { slug: { equals: slug } },
        restaurant === null ? { restaurant: { exists: false } } : { restaurant: { equals: restaurant } },
        ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) refuse('slug', 'slug_taken')
  return data
}
