import { expect, type APIRequestContext, type Page } from '@playwright/test'

export { signIn } from './adminSignIn'

/** Léa Dubois, a seeded guest of Le Petit Zinc with bookings and an allergy: the guest page's subject. */
export async function seededGuestId(request: APIRequestContext): Promise<number> {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const guests = await (await request.get('/api/guests?where[email][equals]=lea.dubois@example.fr&depth=0', { headers })).json()
  return guests.docs[0].id
}

/**
 * A staff view as the tests visit it: where, what shows it has loaded, and the element that is
 * ours (the axe scan and the touch-target measure are scoped to it; Payload's frame is not ours).
 * Adding a view (the new-booking drawer) is one line here: `open` runs after the page loaded.
 */
export type StaffViewVisit = {
  name: string
  path: (guestId: number) => string
  ready: string
  root: string
  open?: (page: Page) => Promise<void>
  /** Payload's widgets inside `root` whose violations are Payload's to fix (left out of the axe scan), and why. */
  payloadWidgets?: { selector: string; why: string }[]
}

const OURS = 'main.staff-main'

export const STAFF_VIEWS: StaffViewVisit[] = [
  { name: 'home', path: () => '/admin', ready: '[data-testid="covers-outlook"] [data-testid="outlook-week"]', root: OURS },
  { name: 'service', path: () => '/admin/service', ready: '[data-testid="covers-today"]', root: OURS },
  { name: 'calendar day', path: () => '/admin/calendar?view=day', ready: '[data-testid^="timeline-row-"]', root: OURS },
  { name: 'calendar week', path: () => '/admin/calendar?view=week', ready: '[data-testid="covers-calendar"]', root: OURS },
  { name: 'calendar month', path: () => '/admin/calendar?view=month', ready: '[data-testid="covers-calendar"]', root: OURS },
  { name: 'floor', path: () => '/admin/floor', ready: '[data-testid="floor-plan"]', root: OURS },
  { name: 'analytics', path: () => '/admin/analytics', ready: '[data-testid="kpi-covers"]', root: OURS },
  {
    name: 'new-booking drawer',
    path: () => '/admin/service',
    ready: '[data-testid="covers-today"]',
    root: '[data-testid="new-booking-drawer"]',
    open: async (page) => {
      await page.getByRole('button', { name: /^(New booking|Nouvelle réservation)$/ }).click()
      await page.getByTestId('drawer-times').waitFor()
    },
  },
  // Payload's own list and document views: our cards on the guest, Payload's frame around them.
  {
    name: 'guests',
    path: () => '/admin/collections/guests',
    ready: 'table tbody tr',
    root: '.collection-list',
    payloadWidgets: [
      { selector: '.paginator .clickable-arrow', why: "Payload's previous/next page arrows are icon-only buttons without a name (button-name)" },
      { selector: '.table input[type="checkbox"]', why: "Payload's row-selection checkboxes have no label (label)" },
    ],
  },
  {
    name: 'a guest',
    path: (id) => `/admin/collections/guests/${id}`,
    ready: 'input#field-name',
    root: '.collection-edit',
    payloadWidgets: [
      { selector: '.react-select', why: "Payload's select and relationship widget (react-select): focusable indicators under aria-hidden, an unlabelled search input, draggable chips inside a button" },
      { selector: '.doc-controls__popup', why: "Payload's document menu button is icon-only, without a name (button-name)" },
      { selector: '.date-time-picker', why: "Payload's date picker: its input is not tied to the field's label, its clear button has no name" },
      { selector: '.drawer-link__doc-drawer-toggler', why: "Payload's join-table 'open in a drawer' buttons are icon-only, without a name" },
    ],
  },
]

export async function visit(page: Page, view: StaffViewVisit, guestId: number) {
  await page.goto(view.path(guestId))
  await expect(page.locator(view.ready).first()).toBeVisible()
  // Measured once settled: Payload's screens finish drawing (fields, join tables) after their first paint.
  await page.waitForLoadState('networkidle')
  // Fields still loading show Payload's shimmer, whose shine slides beyond the screen (clipped): a
  // page is measured once its placeholders have been replaced by the fields.
  await expect(page.locator(`${view.root} .shimmer-effect`)).toHaveCount(0)
  if (view.open) await view.open(page)
}
