import type { AdminViewServerProps } from 'payload'

import { ReservationCalendar, type CalendarMode } from './ReservationCalendar'
import { staffView } from './StaffView'

const MODES: CalendarMode[] = ['day', 'week', 'month']

/** /admin/calendar?restaurant=&date=&view= — the day as a timeline per table, or a week or month of covers. */
export const CalendarView = (props: AdminViewServerProps) =>
  staffView(props, '/calendar', ({ restaurants, searchParams }) => {
    const view = MODES.find((m) => m === searchParams?.view) ?? 'day'
    const date = typeof searchParams?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(searchParams.date) ? searchParams.date : null
    const restaurant = restaurants.find((r) => r.slug === searchParams?.restaurant)?.slug ?? null
    return <ReservationCalendar restaurants={restaurants} initialRestaurant={restaurant} initialDate={date} initialMode={view} />
  })
