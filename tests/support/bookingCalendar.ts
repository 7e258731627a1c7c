import { expect, type Frame, type Locator, type Page } from '@playwright/test'

/** A page, or the booking widget's frame inside another site's page. */
type Surface = Page | Frame

const NEXT_MONTH = /^(Mois suivant|Next month)$/

/** The calendar's month heading, once the shown month's days have arrived. */
export async function shownMonth(page: Surface): Promise<string> {
  await expect(page.locator('.calendar__grid')).toHaveAttribute('aria-busy', 'false')
  return (await page.locator('.calendar__month').textContent())!.trim()
}

/** Shows the next month and waits for its days. */
export async function nextMonth(page: Surface): Promise<void> {
  const before = await shownMonth(page)
  await page.getByRole('button', { name: NEXT_MONTH }).click()
  await expect(page.locator('.calendar__month')).not.toHaveText(before)
  await shownMonth(page)
}

/**
 * The n-th bookable day (0 = the first) from the month shown, paging the month calendar forward
 * when this month has fewer left: near a month's end the next days are on the next page.
 */
export async function bookableDay(page: Surface, n: number): Promise<Locator> {
  let seen = 0
  for (;;) {
    await shownMonth(page)
    const days = page.locator('.day[data-available="true"]')
    const count = await days.count()
    if (n < seen + count) return days.nth(n - seen)
    seen += count
    if (await page.getByRole('button', { name: NEXT_MONTH }).isDisabled()) throw new Error(`fewer than ${n + 1} bookable days in the window`)
    await nextMonth(page)
  }
}

/** Pages forward until the day is in the month shown; its cell. */
export async function dayCell(page: Surface, date: string): Promise<Locator> {
  const cell = page.locator(`.day[data-date="${date}"]`)
  for (let i = 0; i < 30 && !(await cell.count()); i++) await nextMonth(page)
  await shownMonth(page)
  return cell
}
