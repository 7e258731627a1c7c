/** A table's place on the 100 × 60 plan, as the tables collection stores it. */
export type TableFloor = { x?: number | null; y?: number | null; width?: number | null; height?: number | null; shape?: string | null; rotation?: number | null }

export type FloorTable = { id: number; label: string; area?: string | null; maxCapacity: number; floor: TableFloor | null; joinableWith: number[] }

export const PLAN = { width: 100, height: 60 }

/** Where a table may stand: whole grid units, inside the room. */
export function placeOnPlan(floor: TableFloor, x: number, y: number): TableFloor {
  const w = floor.width ?? 6
  const h = floor.height ?? 6
  return { ...floor, x: Math.round(Math.min(Math.max(0, x), PLAN.width - w)), y: Math.round(Math.min(Math.max(0, y), PLAN.height - h)) }
}
