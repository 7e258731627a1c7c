import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../infrastructure/access/roles'

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
    throw new ValidationError({
      collection: 'menu-items',
      errors: [{ message: "This category belongs to another restaurant's menu", path: 'category' }],
      req,
    })
  }
  return data
}
