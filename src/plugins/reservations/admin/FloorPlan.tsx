'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { useJson } from '../../../components/booking/useJson'
import { RestaurantPicker } from './RestaurantPicker'
import { StatusMessage, type Message } from './StatusMessage'

type Party = { id: number; reference: string; guestName: string; partySize: number; startsAt: string; status: string }
type TableRow = { id: number; label: string; maxCapacity: number; floor: { x?: number | null; y?: number | null; width?: number | null; height?: number | null; shape?: string | null; rotation?: number | null } | null }
type Day = { restaurant: { name: string; timeZone: string }; tables: TableRow[]; floor: Record<string, { state: string; seated: Party | null; next: Party | null }> }

const TEXT = {
  en: {
    title: 'Floor plan',
    restaurant: 'Restaurant',
    states: { free: 'free', booked_soon: 'booked soon', seated: 'seated', over_time: 'over time' } as Record<string, string>,
    seat: (name: string) => `Seat ${name}`,
    seated: (ref: string) => `${ref} seated.`,
    hint: 'Click a table to seat the party due there. A table with nobody due opens a new booking (walk-in).',
    error: 'Could not load the floor',
  },
  fr: {
    title: 'Plan de salle',
    restaurant: 'Restaurant',
    states: { free: 'libre', booked_soon: 'réservée bientôt', seated: 'occupée', over_time: 'dépassement' } as Record<string, string>,
    seat: (name: string) => `Installer ${name}`,
    seated: (ref: string) => `${ref} installée.`,
    hint: 'Cliquez une table pour installer le groupe attendu. Une table sans personne attendue ouvre une nouvelle réservation (sans réservation).',
    error: 'Impossible de charger le plan',
  },
}

const FILL: Record<string, string> = { free: '#e6f4ea', booked_soon: '#fdf2d0', seated: '#dbe8fb', over_time: '#fbdada' }
const STROKE: Record<string, string> = { free: '#2f6f5e', booked_soon: '#b7791f', seated: '#2b6cb0', over_time: '#c53030' }

/** The room now: every table where it stands, coloured by its state, refreshed every 30 s. */
export function FloorPlan({ restaurants, language }: { restaurants: { slug: string; name: string }[]; language: 'fr' | 'en' }) {
  const t = TEXT[language]
  const [slug, setSlug] = useState(restaurants[0]?.slug ?? '')
  const [tick, setTick] = useState(0)
  const { data: day, error } = useJson<Day>(slug ? `/api/restaurants/${slug}/service` : null, tick)
  const [message, setMessage] = useState<Message | null>(null)
  const reload = () => setTick((n) => n + 1)
  const router = useRouter()

  useEffect(() => {
    const timer = setInterval(reload, 30_000)
    return () => clearInterval(timer)
  }, [])

  async function onTable(table: TableRow) {
    const due = day?.floor[String(table.id)]?.next
    if (!due || day?.floor[String(table.id)]?.state !== 'booked_soon') {
      router.push('/admin/collections/reservations/create')
      return
    }
    const res = await fetch(`/api/reservations/${due.id}/status`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'seated' }),
    })
    const body = (await res.json()) as { errors?: { message: string }[] }
    setMessage(res.ok ? { text: t.seated(due.reference), alert: false } : { text: body.errors?.[0]?.message ?? 'Refused', alert: true })
    reload()
  }

  const time = (iso: string) => new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: day?.restaurant.timeZone }).format(new Date(iso))

  return (
    <div style={{ display: 'grid', gap: '1rem', paddingBlock: '1.5rem' }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center', justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>
          {t.title}
          {day ? ` — ${day.restaurant.name}` : ''}
        </h1>
        <RestaurantPicker restaurants={restaurants} value={slug} label={t.restaurant} onChange={setSlug} />
      </header>
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>{t.hint}</p>
      {error ? <p role="alert">{t.error}</p> : null}
      <StatusMessage message={message} testId="floor-message" />
      {day ? (
        <svg viewBox="0 0 100 60" role="group" aria-label={t.title} style={{ width: '100%', maxWidth: 1100, background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
          {day.tables.map((table) => {
            const f = table.floor ?? {}
            const { state, seated, next } = day.floor[String(table.id)] ?? { state: 'free', seated: null, next: null }
            const [x, y, w, h] = [f.x ?? 0, f.y ?? 0, f.width ?? 6, f.height ?? 6]
            const who = seated ?? next
            const label = `${table.label} (${table.maxCapacity}) — ${t.states[state]}${who ? ` — ${who.guestName}, ${who.partySize}, ${time(who.startsAt)}` : ''}`
            return (
              <g
                key={table.id}
                role="button"
                tabIndex={0}
                aria-label={state === 'booked_soon' && next ? `${label}. ${t.seat(next.guestName)}` : label}
                data-testid={`floor-table-${table.label}`}
                data-state={state}
                onClick={() => void onTable(table)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && void onTable(table)}
                transform={`rotate(${f.rotation ?? 0} ${x + w / 2} ${y + h / 2})`}
                style={{ cursor: 'pointer' }}
              >
                {f.shape === 'round' ? (
                  <ellipse cx={x + w / 2} cy={y + h / 2} rx={w / 2} ry={h / 2} fill={FILL[state]} stroke={STROKE[state]} strokeWidth={0.3} />
                ) : (
                  <rect x={x} y={y} width={w} height={h} rx={0.6} fill={FILL[state]} stroke={STROKE[state]} strokeWidth={0.3} />
                )}
                <text x={x + w / 2} y={y + h / 2} textAnchor="middle" dominantBaseline="middle" fontSize={1.8} fill="#1d1d1b">
                  {table.label}
                </text>
                <title>{label}</title>
              </g>
            )
          })}
        </svg>
      ) : null}
    </div>
  )
}
