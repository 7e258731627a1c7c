import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { seededGuestId, signIn, STAFF_VIEWS, visit, type StaffViewVisit } from '../support/staffViews'

/**
 * WCAG 2.1 AA (axe-core) on every staff view, in French and English, scoped to the view's own
 * element (`root` in STAFF_VIEWS): Payload's frame around it (navigation, header) is Payload's.
 * No rule is turned off. On Payload's guest list and guest page, the few Payload widgets we cannot
 * fix from outside are left out, each with its reason (`payloadWidgets` in STAFF_VIEWS); what we
 * can (the contrast of headings and help text) is fixed in our stylesheet.
 * A new view (the new-booking drawer) is one line in STAFF_VIEWS.
 */
async function violationsIn(page: Page, view: StaffViewVisit) {
  let scan = new AxeBuilder({ page }).include(view.root).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  for (const widget of view.payloadWidgets ?? []) scan = scan.exclude(widget.selector)
  const { violations } = await scan.analyze()
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
        expect(await violationsIn(page, view)).toEqual([])
      })
    }
  })
}
