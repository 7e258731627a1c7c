import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { seededGuestId, signIn, STAFF_VIEWS, visit } from '../support/staffViews'

/**
 * WCAG 2.1 AA (axe-core) on every staff view, in French and English, scoped to the view's own
 * element (`root` in STAFF_VIEWS): Payload's frame around it (navigation, header) is Payload's.
 * No rule is turned off. A new view (the new-booking drawer) is one line in STAFF_VIEWS.
 */
async function violationsIn(page: Page, root: string) {
  const { violations } = await new AxeBuilder({ page }).include(root).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const locale of ['fr-FR', 'en-GB']) {
  test.describe(`a manager in ${locale}`, () => {
    test.use({ locale })

    for (const view of STAFF_VIEWS) {
      test(`${view.name} has no WCAG 2.1 AA violations`, async ({ page, request }) => {
        const guestId = await seededGuestId(request)
        await signIn(page, 'manager@techplus.test', 'techplus-manager')
        await visit(page, view, guestId)
        expect(await violationsIn(page, view.root)).toEqual([])
      })
    }
  })
}
