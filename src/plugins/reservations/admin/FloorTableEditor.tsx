'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { TABLE_AREAS } from '../constants'
import type { FloorTable, TableFloor } from './floorTypes'

const TEXT = {
  en: {
    title: (label: string) => `Table ${label}`,
    area: 'Area',
    areas: Object.fromEntries(TABLE_AREAS.map((a) => [a.value, a.label])) as Record<string, string>,
    shape: 'Shape',
    rect: 'Rectangle',
    round: 'Round',
    width: 'Width',
    height: 'Depth',
    rotation: 'Rotation (°)',
    joins: 'Can be pushed together with',
    save: 'Save table',
    close: 'Done',
  },
  fr: {
    title: (label: string) => `Table ${label}`,
    area: 'Zone',
    areas: { dining_room: 'Salle', terrace: 'Terrasse', bar: 'Bar', private_room: 'Salon privé' } as Record<string, string>,
    shape: 'Forme',
    rect: 'Rectangle',
    round: 'Ronde',
    width: 'Largeur',
    height: 'Profondeur',
    rotation: 'Rotation (°)',
    joins: 'Peut être rapprochée de',
    save: 'Enregistrer la table',
    close: 'Terminé',
  },
}

export type TableChanges = { area: string; joinableWith: number[]; floor: TableFloor }

/** A manager's form for one table of the plan: its area, shape, size, angle and which tables it joins. */
export function FloorTableEditor({
  table,
  tables,
  language,
  onSave,
  onClose,
}: {
  table: FloorTable
  tables: FloorTable[]
  language: 'fr' | 'en'
  onSave: (changes: TableChanges) => void
  onClose: () => void
}) {
  const t = TEXT[language]
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
      aria-label={t.title(table.label)}
      onSubmit={(e) => {
        e.preventDefault()
        onSave({ area, joinableWith: joins, floor })
      }}
      style={{ display: 'grid', gap: '.75rem', border: '1px solid var(--theme-elevation-150)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>{t.title(table.label)}</strong>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={{ display: 'grid' }}>
          {t.area}
          <select value={area} onChange={(e) => setArea(e.target.value)}>
            {TABLE_AREAS.map((a) => (
              <option key={a.value} value={a.value}>
                {t.areas[a.value]}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'grid' }}>
          {t.shape}
          <select value={floor.shape ?? 'rect'} onChange={(e) => setFloor({ ...floor, shape: e.target.value })}>
            <option value="rect">{t.rect}</option>
            <option value="round">{t.round}</option>
          </select>
        </label>
        {number('width', t.width, 1, 40)}
        {number('height', t.height, 1, 40)}
        {number('rotation', t.rotation, 0, 359, 15)}
      </div>
      <fieldset style={{ display: 'flex', gap: '.75rem', flexWrap: 'wrap', border: 0, padding: 0, margin: 0 }}>
        <legend>{t.joins}</legend>
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
          {t.save}
        </Button>
        <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
          {t.close}
        </Button>
      </div>
    </form>
  )
}
