import type { Id, Table } from './types'

/** Beyond four pushed-together tables a party is an event, handled by staff. */
const MAX_TABLES_JOINED = 4

export interface TableOption {
  tableIds: Id[]
  seats: number
  waste: number
}

function linked(a: Table, b: Table): boolean {
  // Joinability is declared on either side; staff should not have to tick both.
  return a.joinableWith.some((id) => String(id) === String(b.id)) || b.joinableWith.some((id) => String(id) === String(a.id))
}

/**
 * Every way to seat a party, best first: single tables whose capacity range fits, then connected
 * sets of joinable tables with enough seats. Least wasted seats, then fewest tables, then the order
 * the tables were given in (stable: staff can predict which table the system picks).
 */
export function tableOptions(partySize: number, tables: Table[]): TableOption[] {
  const usable = tables.filter((t) => t.active)
  const index = new Map(usable.map((t, i) => [String(t.id), i]))
  const options: TableOption[] = []

  for (const t of usable) {
    if (t.minCapacity <= partySize && partySize <= t.maxCapacity) {
      options.push({ tableIds: [t.id], seats: t.maxCapacity, waste: t.maxCapacity - partySize })
    }
  }

  // Connected sets of 2..MAX tables, grown one neighbour at a time, each set seen once.
  const seen = new Set<string>()
  let frontier: Table[][] = usable.map((t) => [t])
  for (let size = 2; size <= MAX_TABLES_JOINED; size++) {
    const next: Table[][] = []
    for (const group of frontier) {
      for (const candidate of usable) {
        if (group.includes(candidate) || !group.some((member) => linked(member, candidate))) continue
        const grown = [...group, candidate].sort((a, b) => index.get(String(a.id))! - index.get(String(b.id))!)
        const key = grown.map((t) => t.id).join(',')
        if (seen.has(key)) continue
        seen.add(key)
        next.push(grown)
        const seats = grown.reduce((sum, t) => sum + t.maxCapacity, 0)
        // Joining only makes sense for a party too big for each table alone.
        if (seats >= partySize && grown.every((t) => t.maxCapacity < partySize)) {
          options.push({ tableIds: grown.map((t) => t.id), seats, waste: seats - partySize })
        }
      }
    }
    frontier = next
  }

  const order = (o: TableOption) => o.tableIds.map((id) => String(index.get(String(id))).padStart(5, '0')).join(',')
  return options.sort((a, b) => a.waste - b.waste || a.tableIds.length - b.tableIds.length || order(a).localeCompare(order(b)))
}

/** The best option whose tables are all free, or null. */
export function bestTableFit(options: TableOption[], busy: ReadonlySet<string>): TableOption | null {
  return options.find((o) => o.tableIds.every((id) => !busy.has(String(id)))) ?? null
}
