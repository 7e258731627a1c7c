import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { errorMessage, type ErrorCode } from '../../../domain/errors'
import { relationId } from '../../../infrastructure/access/roles'
import { requestLanguage } from '../../../infrastructure/http/respond'

/** A dish cannot sit in another restaurant's menu category. */
export const categoryOfSameRestaurant: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const categoryId = relationId(data.category ?? originalDoc?.category)
  const restaurantId = relationId(data.restaurant ?? originalDoc?.restaurant)
  if (categoryId === null || restaurantId === null) return data
  const category = await req.payload.findByID({
    collection: 'menu-categories',
    id: categoryId,
    depth: 0,
    disableErrors: true,
    req,
  })
  if (!category || String(relationId(category.restaurant as never)) !== String(restaurantId)) {
    const errors: Array<ValidationFieldError & { code: ErrorCode }> = [
      { path: 'category', code: 'category_elsewhere', message: errorMessage('category_elsewhere', requestLanguage(req)) },
    ]
    throw new ValidationError({ collection: 'menu-items', errors, req })
  }
  return data
}
