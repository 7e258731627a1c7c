'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { TABLE_AREAS } from '../constants'
import { useWords } from './useWords'
import type { FloorTable, TableFloor } from './floorTypes'

export type TableChanges = { area: string; joinableWith: number[]; floor: TableFloor }

/** A manager's form for one table of the plan: its area, shape, size, angle and which tables it joins. */
export function FloorTableEditor({
  table,
  tables,
  onSave,
  onClose,
}: {
  table: FloorTable
  tables: FloorTable[]
  onSave: (changes: TableChanges) => void
  onClose: () => void
}) {
  const { t } = useWords()
  const title = t('reservations:floor:tableTitle', { table: table.label })
  const [area, setArea] = useState(table.area ?? 'dining_room')
  const [floor, setFloor] = useState<TableFloor>({ ...table.floor })
  const [joins, setJoins] = useState<number[]>(table.joinableWith)
  const number = (key: 'width' | 'height' | 'rotation', label: string, min: number, max: number, step = 1) => (
    <label style={{ display: 'grid' }}>
      {label}
      <input type="number" min={min} max={max} step={step} value={floor[key] ?? ''} onChange={(e) => setFloor({ ...floor, [key]: Number(e.target.value) })} style={{ width: '5rem' }} />
    </label>
  )
  return (
    <form
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault()
        onSave({ area, joinableWith: joins, floor })
      }}
      style={{ display: 'grid', gap: '.75rem', border: '1px solid var(--theme-elevation-150)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>{title}</strong>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={{ display: 'grid' }}>
          {t('reservations:table:area')}
          <select value={area} onChange={(e) => setArea(e.target.value)}>
            {TABLE_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`reservations:area:${area}`)}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'grid' }}>
          {t('reservations:table:shape')}
          <select value={floor.shape ?? 'rect'} onChange={(e) => setFloor({ ...floor, shape: e.target.value })}>
            <option value="rect">{t('reservations:shape:rect')}</option>
            <option value="round">{t('reservations:shape:round')}</option>
          </select>
        </label>
        {number('width', t('reservations:table:width'), 1, 40)}
        {number('height', t('reservations:table:height'), 1, 40)}
        {number('rotation', t('reservations:table:rotation'), 0, 359, 15)}
      </div>
      <fieldset style={{ display: 'flex', gap: '.75rem', flexWrap: 'wrap', border: 0, padding: 0, margin: 0 }}>
        <legend>{t('reservations:table:joinableWith')}</legend>
        {tables
          .filter((other) => other.id !== table.id)
          .map((other) => (
            <label key={other.id}>
              <input
                type="checkbox"
                checked={joins.includes(other.id)}
                onChange={(e) => setJoins(e.target.checked ? [...joins, other.id] : joins.filter((id) => id !== other.id))}
              />{' '}
              {other.label}
            </label>
          ))}
      </fieldset>
      <div style={{ display: 'flex', gap: '.75rem' }}>
        <Button type="submit" buttonStyle="primary" size="small">
          {t('reservations:floor:saveTable')}
        </Button>
        <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
          {t('reservations:floor:editorDone')}
        </Button>
      </div>
    </form>
  )
}
