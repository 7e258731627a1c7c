/**
 * Engine micro-benchmark: one day's slots and a 60-day summary for a 40-table restaurant holding
 * 300 bookings. Pure computation, no I/O — what every availability request costs after its queries.
 */
import { performance } from 'node:perf_hooks'

import { addLocalDays, daysSummary, slotsOn } from '../src/domain/availability'
import { bigRestaurant, spreadBookings } from './fixtures'

export interface Timing {
  name: string
  runs: number
  p50: number
  p95: number
  max: number
}

function time(name: string, runs: number, fn: () => unknown): Timing {
  for (let i = 0; i < Math.min(20, runs); i++) fn() // warm-up: JIT
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!
  return { name, runs, p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1]! }
}

export function engineBench(): Timing[] {
  const { rules, tables } = bigRestaurant()
  const now = new Date('2026-12-01T08:00:00Z')
  const from = '2026-12-02'
  const bookings = spreadBookings(rules, tables, from, 60, 300, now)
  if (bookings.length < 300) throw new Error(`only ${bookings.length} bookings placed`)
  const input = { rules, tables, bookings, partySize: 4, now }
  const busiest = '2026-12-04'
  // Cold: new rules and tables objects each run, as after an edit (nothing memoised yet).
  const cold = () => ({ ...input, rules: { ...rules }, tables: [...tables] })
  return [
    time('engine: one day of slots, cold', 500, () => slotsOn(busiest, cold())),
    time('engine: one day of slots, warm', 500, () => slotsOn(busiest, input)),
    time('engine: 60-day summary, cold', 100, () => daysSummary(from, addLocalDays(from, 59), cold())),
    time('engine: 60-day summary, warm', 100, () => daysSummary(from, addLocalDays(from, 59), input)),
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of engineBench()) console.log(`${t.name}: p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(2)} ms (${t.runs} runs)`)
}
