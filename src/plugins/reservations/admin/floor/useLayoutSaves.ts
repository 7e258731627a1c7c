'use client'

import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'

import { sendJson, type SendResult } from '../../../../infrastructure/client/sendJson'
import { staffKey } from '../../../../infrastructure/client/staffQueries'
import type { DayTable, ServiceDayResponse, TableFloor } from '../../api/serviceDay'
import { withTableFloor } from '../serviceDayCache'

/** How long the keys or the pointer must rest before a table's new place is saved. */
export const SAVE_AFTER_MS = 400

type Pending = { timer: ReturnType<typeof setTimeout> | null; floor: TableFloor; before: DayTable }

/**
 * Where a manager puts the tables: each move is drawn at once in the cached day, and saved once the
 * keys or the pointer have rested (one PATCH per table, not one per arrow key), with no refetch of
 * the day; a refusal puts that table back where it was last saved.
 */
export function useLayoutSaves(url: string | null, onSaved: (table: DayTable, result: SendResult<unknown>) => void) {
  const client = useQueryClient()
  const key = staffKey(url ?? '')
  const pending = useRef(new Map<number, Pending>())
  const report = useRef(onSaved)
  useEffect(() => {
    report.current = onSaved
  })

  const tableNow = (id: number) => client.getQueryData<ServiceDayResponse>(key)?.tables.find((t) => t.id === id)

  async function save(id: number) {
    const entry = pending.current.get(id)
    if (!entry) return
    if (entry.timer) clearTimeout(entry.timer)
    pending.current.delete(id)
    const result = await sendJson('PATCH', `/api/tables/${id}`, { floor: entry.floor })
    if (!result.ok && !pending.current.has(id)) {
      client.setQueryData<ServiceDayResponse>(key, (day) => day && { ...day, tables: day.tables.map((t) => (t.id === id ? entry.before : t)) })
    }
    report.current(entry.before, result)
  }

  /** Puts a table at `floor` now; saved when things rest (`save: false` while a finger or mouse still holds it). */
  function place(table: DayTable, floor: TableFloor, { save: schedule = true } = {}) {
    const entry = pending.current.get(table.id)
    if (entry?.timer) clearTimeout(entry.timer)
    const before = entry?.before ?? tableNow(table.id) ?? table
    // Nothing arriving from the server may put it back meanwhile.
    void client.cancelQueries({ queryKey: key })
    client.setQueryData<ServiceDayResponse>(key, (day) => day && withTableFloor(day, table.id, { floor }))
    pending.current.set(table.id, { before, floor: { ...table.floor, ...floor }, timer: schedule ? setTimeout(() => void save(table.id), SAVE_AFTER_MS) : null })
  }

  /** Saves every table still waiting (leaving the editor, before a form's save that carries the position). */
  const saveAll = () => Promise.all([...pending.current.keys()].map((id) => save(id)))

  // A manager leaving the page keeps what they placed.
  useEffect(() => () => void saveAll(), []) // eslint-disable-line react-hooks/exhaustive-deps

  return { place, saveAll }
}
