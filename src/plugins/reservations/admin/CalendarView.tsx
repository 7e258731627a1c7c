import type { AdminViewServerProps } from 'payload'

import { DayTimeline } from './DayTimeline'
import { staffView } from './StaffView'

/** /admin/calendar — the day as a timeline, one row per table, where staff move bookings. */
export const CalendarView = (props: AdminViewServerProps) =>
  staffView(props, '/calendar', ({ restaurants, language, searchParams }) => (
    <DayTimeline restaurants={restaurants} language={language} initialDate={typeof searchParams?.date === 'string' ? searchParams.date : null} />
  ))
