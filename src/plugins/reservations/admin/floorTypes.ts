import type { DayTable, TableFloor } from '../api/serviceDay'

/** A table of the plan: the service day's answer, as the server declares it. */
export type FloorTable = DayTable
export type { TableFloor }

export const PLAN = { width: 100, height: 60 }

/** Where a table may stand: whole grid units, inside the room. */
export function placeOnPlan(floor: TableFloor, x: number, y: number): TableFloor {
  const w = floor.width ?? 6
  const h = floor.height ?? 6
  return { ...floor, x: Math.round(Math.min(Math.max(0, x), PLAN.width - w)), y: Math.round(Math.min(Math.max(0, y), PLAN.height - h)) }
}
