'use client'

import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { errorMessage } from '../../../domain/errors'
import { languageOf } from '../../../domain/locale'
import { sendJson } from '../../../infrastructure/client/sendJson'
import { StatusMessage, type Message } from './StatusMessage'
import { useWords } from './useWords'

type InTheWay = { id: number; reference: string; startsAt: string; partySize: number; guestName: string; conflict: 'deleted' | 'deactivated' | 'not_online' | 'too_small' }
type MoveAnswer = { moved: Array<{ id: number }>; notMoved: Array<{ id: number; reference: string; code: string }> }

const post = <T,>(id: number | string, body: object) => sendJson<T>('POST', `/api/tables/${id}/move-bookings`, body)

/**
 * On a table's edit view (managers and up): the upcoming bookings the change being made would leave
 * without a table — the ones the save is refused for (409 table_has_bookings) — and a button that
 * moves them to other tables (POST /api/tables/:id/move-bookings). Then the table saves. With no
 * change under way it says how many bookings hold the table, which is why deleting it is refused.
 */
export function TableBookingsGuard() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { t, count, locale } = useWords()
  const language = languageOf(locale)
  const active = useFormFields(([fields]) => fields.active?.value as boolean | undefined)
  const bookableOnline = useFormFields(([fields]) => fields.bookableOnline?.value as boolean | undefined)
  const maxCapacity = useFormFields(([fields]) => fields.maxCapacity?.value as number | undefined)
  const [inTheWay, setInTheWay] = useState<InTheWay[]>([])
  const [upcoming, setUpcoming] = useState(0)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const mayMove = roles.some((r) => r === 'admin' || r === 'owner' || r === 'manager')
  const change = { active, bookableOnline, maxCapacity: typeof maxCapacity === 'number' && maxCapacity >= 1 ? maxCapacity : undefined }

  const refresh = useCallback(async () => {
    if (!id || !mayMove) return
    const [edit, all] = await Promise.all([
      post<{ bookings: InTheWay[] }>(id, { ...change, dryRun: true }),
      post<{ bookings: InTheWay[] }>(id, { dryRun: true }),
    ])
    setInTheWay(edit.data?.bookings ?? [])
    setUpcoming(all.data?.bookings.length ?? 0)
    // The form's values are the dependencies; `change` is rebuilt from them on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, mayMove, active, bookableOnline, maxCapacity])

  useEffect(() => {
    // Typing a capacity asks once the digits settle.
    const timer = setTimeout(() => void refresh().catch(() => undefined), 300)
    return () => clearTimeout(timer)
  }, [refresh])

  // Once every booking has moved the list is empty, but the outcome stays on screen until the table is saved.
  const nothingHolds = !inTheWay.length && !upcoming
  if (!id || !mayMove || (nothingHolds && !message)) return null

  async function move() {
    setBusy(true)
    setMessage(null)
    try {
      const result = await post<MoveAnswer>(id!, inTheWay.length ? change : {})
      if (!result.ok || !result.data) {
        setMessage({ text: result.reason, alert: true })
        return
      }
      const { moved, notMoved } = result.data
      const lines = [
        ...(moved.length ? [count('reservations:tableBookings:moved', moved.length)] : []),
        ...notMoved.map((n) => t('reservations:tableBookings:notMoved', { reference: n.reference, reason: errorMessage(n.code, language) })),
      ]
      setMessage({ text: lines.join(' '), alert: notMoved.length > 0 })
      await refresh()
    } catch {
      setMessage({ text: t('reservations:tableBookings:offline'), alert: true })
    } finally {
      setBusy(false)
    }
  }

  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

  return (
    <fieldset data-testid="table-bookings" style={{ border: '1px solid var(--theme-warning-500)', borderRadius: 4, padding: '1rem', marginBottom: '1.5rem' }}>
      <legend>{t('reservations:tableBookings:title')}</legend>
      {nothingHolds ? null : inTheWay.length ? (
        <ul style={{ margin: '0 0 0.75rem', paddingLeft: '1.25rem' }}>
          {inTheWay.map((b) => (
            <li key={b.id}>
              <a href={`/admin/collections/reservations/${b.id}`}>
                {t('reservations:tableBookings:row', { when: when(b.startsAt), reference: b.reference, name: b.guestName, party: count('reservations:tableBookings:party', b.partySize) })}
              </a>{' '}
              ({t(`reservations:tableBookings:${b.conflict}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ marginTop: 0 }}>{count('reservations:tableBookings:upcoming', upcoming)}</p>
      )}
      {nothingHolds ? null : (
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={move}>
          {busy ? t('reservations:tableBookings:moving') : t('reservations:tableBookings:move')}
        </Button>
      )}
      <StatusMessage message={message} testId="table-bookings-result" />
    </fieldset>
  )
}
