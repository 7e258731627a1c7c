import { minutesAfterOpening, wallClockToInstantOrNext, weekdayOf } from './localTime'
import { minutesOfDay } from '../time'
import type { Exception, RestaurantRules, ServiceHours, ServiceWindow } from './types'

function exceptionOn(localDate: string, exceptions: Exception[]): Exception | undefined {
  // The last matching exception wins, so a later, more specific entry can refine an earlier range.
  return [...exceptions].reverse().find((e) => localDate >= e.from && localDate <= (e.to || e.from))
}

/** The service hours of a local date: weekly rules, replaced by an exception covering that date. */
export function serviceHoursOn(localDate: string, rules: Pick<RestaurantRules, 'services' | 'exceptions'>): ServiceHours[] {
  const exception = exceptionOn(localDate, rules.exceptions)
  if (exception) return exception.closed ? [] : (exception.hours ?? [])
  const day = weekdayOf(localDate)
  return rules.services.filter((s) => s.days.includes(day))
}

// Services of a date only change when the rules object does: remember them per rules object
// (adapters keep one per restaurant version), so busy endpoints skip the time-zone maths.
const memo = new WeakMap<object, Map<string, ServiceWindow[]>>()

/**
 * The services of a local date as instants. Times that fall in a DST gap move to the first
 * valid minute after, so a service never vanishes because it opens at 02:30 on spring-forward night;
 * a time the clocks show twice is its first occurrence, as everywhere (see `wallClockToInstant`).
 */
export function servicesOn(localDate: string, rules: Pick<RestaurantRules, 'services' | 'exceptions' | 'timeZone'>): ServiceWindow[] {
  let byDate = memo.get(rules)
  if (!byDate) memo.set(rules, (byDate = new Map()))
  const known = byDate.get(localDate)
  if (known) return known
  const windows = computeServices(localDate, rules)
  byDate.set(localDate, windows)
  return windows
}

function computeServices(localDate: string, rules: Pick<RestaurantRules, 'services' | 'exceptions' | 'timeZone'>): ServiceWindow[] {
  return serviceHoursOn(localDate, rules).map((s) => {
    const open = minutesOfDay(s.start)
    const at = (minutes: number) => wallClockToInstantOrNext(localDate, minutes, rules.timeZone)
    const closeMinutes = minutesAfterOpening(s.start, s.end)
    return {
      name: s.name,
      localDate,
      opensAt: at(open),
      // A service "ending" at its opening time runs 24 h.
      closesAt: at(closeMinutes === open ? open + 1440 : closeMinutes),
      lastSeatingAt: at(minutesAfterOpening(s.start, s.lastSeating)),
    }
  })
}

