import ical, { ICalCalendarMethod } from 'ical-generator'

/** A booking as an iCalendar (RFC 5545) event: what "add to calendar" and the confirmation email attach. */
export interface CalendarEvent {
  uid: string
  start: Date
  end: Date
  title: string
  description?: string
  location?: string
  url?: string
  now?: Date
}

/**
 * Times are written in UTC, so every calendar shows the booking at the right instant in its own zone.
 * Never as a TZID local time: on the night the clocks go back that names the first pass of the repeated
 * hour (RFC 5545 §3.3.5), and a table staff seat in the second pass would show an hour early.
 */
export function bookingIcs(event: CalendarEvent): string {
  const calendar = ical({ prodId: { company: 'TechPlus', product: 'Reservations', language: 'EN' }, method: ICalCalendarMethod.PUBLISH })
  calendar.createEvent({
    id: event.uid,
    start: event.start,
    end: event.end,
    stamp: event.now ?? new Date(),
    summary: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
  })
  return calendar.toString()
}
