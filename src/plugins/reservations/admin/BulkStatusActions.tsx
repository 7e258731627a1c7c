'use client'

import { Button, useAuth, useListQuery, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useState } from 'react'

import { addLocalDays, localDateOf, todayIn } from '../../../domain/availability/localTime'
import { errorMessage } from '../../../domain/errors'
import { languageOf } from '../../../domain/locale'
import { refusalOfAnswer } from '../../../infrastructure/client/sendJson'
import { StatusMessage, type Message } from './StatusMessage'
import { useWords } from './useWords'

const ACTIONS = [
  { status: 'confirmed', label: 'reservations:bulk:confirm' },
  { status: 'cancelled', label: 'reservations:bulk:cancel' },
  { status: 'no_show', label: 'reservations:bulk:noShow' },
] as const

type Result = { id: number; ok: boolean; status?: string; code?: string; params?: Record<string, string | number>; error?: string }

/**
 * The bounds of the list's date filter on startsAt, wherever the filter builder nested them, as the
 * restaurant's local dates: the filter holds instants, and 23:00 UTC is already tomorrow in Paris.
 */
function dateFilter(where: unknown, timeZone: string): { from?: string; to?: string } {
  const localDate = (value: unknown) => {
    const text = String(value)
    const instant = new Date(text)
    return /^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(instant.getTime()) ? text.slice(0, 10) : localDateOf(instant, timeZone)
  }
  const found: { from?: string; to?: string } = {}
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'startsAt' && value && typeof value === 'object') {
        const ops = value as Record<string, string>
        const from = ops.greater_than_equal ?? ops.greater_than
        const to = ops.less_than_equal ?? ops.less_than
        if (from) found.from = localDate(from)
        if (to) found.to = localDate(to)
      } else walk(value)
    }
  }
  walk(where)
  return found
}

/**
 * Above the reservations list: confirm, cancel or mark no-show the selected bookings at once
 * (each checked by the same rules as the dashboard's buttons), and export a period as CSV.
 */
export function BulkStatusActions() {
  const { selectedIDs, selectAll } = useSelection()
  const { query } = useListQuery()
  const { user } = useAuth()
  const router = useRouter()
  const { t, count } = useWords()
  const language = languageOf(useTranslation().i18n.language)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const [restaurants, setRestaurants] = useState<{ id: number; slug: string; name: string; timeZone: string }[]>([])
  const [restaurant, setRestaurant] = useState('')
  // "Today" is the chosen restaurant's: the UTC date is still yesterday in Auckland until noon or 13:00 there.
  const timeZone = restaurants.find((r) => r.slug === restaurant)?.timeZone ?? 'UTC'
  const filter = useMemo(() => dateFilter(query?.where, timeZone), [query?.where, timeZone])
  const day = (offset: number) => addLocalDays(todayIn(timeZone), offset)
  // The list's date filter until staff pick other dates here.
  const [chosenFrom, setFrom] = useState<string | null>(null)
  const [chosenTo, setTo] = useState<string | null>(null)
  const from = chosenFrom ?? filter.from ?? day(0)
  const to = chosenTo ?? filter.to ?? day(7)

  useEffect(() => {
    const mine = new Set(((user as { restaurants?: Array<number | { id: number }> } | null)?.restaurants ?? []).map((r) => (typeof r === 'object' ? r.id : r)))
    const admin = ((user as { roles?: string[] } | null)?.roles ?? []).includes('admin')
    fetch('/api/restaurants?depth=0&limit=100&sort=name&select[slug]=true&select[name]=true&select[timeZone]=true', { credentials: 'include' })
      .then((res) => res.json() as Promise<{ docs?: { id: number; slug: string; name: string; timeZone: string }[] }>)
      .then((body) => {
        const docs = (body.docs ?? []).filter((r) => admin || mine.has(r.id))
        setRestaurants(docs)
        setRestaurant((current) => current || docs[0]?.slug || '')
      })
      .catch(() => setRestaurants([]))
  }, [user])

  const ids = selectedIDs.map(Number).filter(Number.isFinite)

  async function apply(action: (typeof ACTIONS)[number]) {
    if (!window.confirm(count('reservations:bulk:ask', ids.length, { action: t(action.label) }))) return
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch('/api/reservations/bulk-status', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ ids, status: action.status }),
      })
      const body = (await res.json()) as { results?: Result[]; errors?: { message: string; code?: string }[] }
      if (!res.ok || !body.results) {
        setMessage({ text: body.errors?.length ? refusalOfAnswer(body, res.status, language).reason : t('reservations:bulk:nothingChanged'), alert: true })
        return
      }
      const refused = body.results.filter((r) => !r.ok)
      const changed = body.results.length - refused.length
      setMessage({
        text: `${count('reservations:bulk:changed', changed)}${refused.length ? ` ${t('reservations:bulk:notChanged', { list: refused.map((r) => `#${r.id} (${errorMessage(r.code, language, r.params)})`).join('; ') })}` : ''}`,
        alert: refused.length > 0,
      })
      router.refresh()
    } catch {
      setMessage({ text: t('reservations:bulk:offline'), alert: true })
    } finally {
      setBusy(false)
    }
  }

  const exportUrl = `/api/reservations/export?${new URLSearchParams({ restaurant, from, to })}`
  return (
    <div style={{ display: 'grid', gap: '0.75rem', marginBottom: '1rem' }}>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <span>{ids.length ? count('reservations:bulk:selected', ids.length) : t('reservations:bulk:hint')}</span>
        {ACTIONS.map((action) => (
          <Button key={action.status} buttonStyle="secondary" size="small" margin={false} disabled={busy || ids.length === 0 || ids.length > 200} onClick={() => apply(action)}>
            {t(action.label)}
          </Button>
        ))}
        {String(selectAll) === 'allAvailable' ? <span>{t('reservations:bulk:pageOnly')}</span> : null}
      </div>
      <StatusMessage message={message} testId="bulk-status-result" />
      {restaurants.length ? (
        <form style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-end', flexWrap: 'wrap' }} onSubmit={(e) => e.preventDefault()}>
          <label style={{ display: 'grid', gap: 4 }}>
            {t('reservations:common:restaurant')}
            <select value={restaurant} onChange={(e) => setRestaurant(e.target.value)}>
              {restaurants.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            {t('reservations:common:from')}
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            {t('reservations:common:to')}
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <a href={exportUrl} download>
            {t('reservations:common:exportCsv')}
          </a>
        </form>
      ) : null}
    </div>
  )
}
