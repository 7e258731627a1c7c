import { localTimeOf, wallClockToInstant } from '../../../../domain/availability/localTime'
import { minutesOfDay } from '../../../../domain/time'

/** The timeline runs from 10:00 to 01:00 the night after. */
export const FIRST_HOUR = 10
export const HOURS = 15
export const SPAN = HOURS * 60
/** Times before this hour belong to the evening before (00:30 is after the day's dinner, not before its lunch). */
const NIGHT_ENDS = (FIRST_HOUR - 4) * 60

export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(((minutes % 60) + 60) % 60).padStart(2, '0')}`

/** The nearest step of the restaurant's slot interval (what a drop lands on). */
export const snapTo = (minutes: number, step: number) => Math.round(minutes / step) * step

/** Minutes after the timeline's first hour of a horizontal position in a row `width` pixels wide. */
export const minutesAt = (x: number, width: number) => Math.max(0, Math.min(SPAN, (x / width) * SPAN))

/** The timeline's reading of a day in the restaurant's zone: clock times, positions, instants. */
export function dayClock(date: string, zone: string) {
  const clock = (iso: string) => localTimeOf(new Date(iso), zone)
  /** Minutes after midnight of `date` of a timeline time: 00:30 on the timeline is the night after. */
  const wallMinutes = (time: string) => {
    const minutes = minutesOfDay(time)
    return minutes < NIGHT_ENDS ? minutes + 1440 : minutes
  }
  /** Minutes from the timeline's first hour of an instant, kept on the timeline. */
  const offset = (iso: string) => Math.max(0, Math.min(SPAN, wallMinutes(clock(iso)) - FIRST_HOUR * 60))
  /** The timeline time `minutes` after its first hour. */
  const timeAt = (minutes: number) => hhmm(FIRST_HOUR * 60 + minutes)
  /**
   * The instants of a move: a time the clocks show twice is its first occurrence, as in the diners'
   * slots; one they skip has none (null). Without a new end the stay keeps its length; a new end is
   * a wall-clock time too, so a stay across the clock change ends when the clock says.
   */
  const instants = (start: string, end: string | undefined, stayMs: number) => {
    const startsAt = wallClockToInstant(date, wallMinutes(start), zone)
    if (!startsAt) return { startsAt: null, endsAt: null, missing: start }
    if (end === undefined) return { startsAt, endsAt: new Date(startsAt.getTime() + stayMs), missing: null }
    const stay = minutesOfDay(end) - minutesOfDay(start)
    const endsAt = wallClockToInstant(date, wallMinutes(start) + (stay <= 0 ? stay + 1440 : stay), zone)
    return { startsAt, endsAt, missing: endsAt ? null : end }
  }
  return { clock, wallMinutes, offset, timeAt, instants }
}
