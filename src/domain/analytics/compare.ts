/** A figure of a period beside the same figure of the period before. */
export interface Change {
  value: number
  previous: number
  /** value − previous (percentage points for rates) */
  change: number
  /** relative change in %, rounded to one decimal; null when the previous period had nothing to compare with */
  changePercent: number | null
}

export function changeBetween(value: number, previous: number): Change {
  const change = Math.round((value - previous) * 100) / 100
  return { value, previous, change, changePercent: previous === 0 ? null : Math.round((change / Math.abs(previous)) * 1000) / 10 }
}

/** Every figure two periods share, compared. */
export function compareTotals<K extends string>(current: Record<K, number>, previous: Record<K, number>): Record<K, Change> {
  const keys = Object.keys(current) as K[]
  return Object.fromEntries(keys.map((key) => [key, changeBetween(current[key], previous[key] ?? 0)])) as Record<K, Change>
}
