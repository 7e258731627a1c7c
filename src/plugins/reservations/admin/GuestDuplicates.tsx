'use client'

import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { sendJson } from '../../../infrastructure/client/sendJson'
import { StatusMessage, type Message } from './StatusMessage'
import { useWords } from './useWords'
import './staffViews.css'

type Duplicate = { id: number; name: string; email: string; phone: string | null; visitCount: number; reason: 'phone' | 'name' }

/**
 * On a guest profile: other guests of the same restaurants with the same phone or name, each
 * mergeable into this one (after a confirmation) through POST /api/guests/:id/merge.
 */
export function GuestDuplicates() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const { t, count } = useWords()
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const mayMerge = roles.some((r) => r === 'admin' || r === 'owner' || r === 'manager')

  useEffect(() => {
    if (!id) return
    fetch(`/api/guests/${id}/duplicates`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<{ duplicates: Duplicate[] }>) : { duplicates: [] }))
      .then((body) => setDuplicates(body.duplicates))
      .catch(() => setDuplicates([]))
  }, [id])

  if (!id || !duplicates?.length) return null

  async function merge(duplicate: Duplicate) {
    if (!window.confirm(t('reservations:duplicates:confirm', { name: duplicate.name, email: duplicate.email }))) return
    setBusy(true)
    setMessage(null)
    try {
      const result = await sendJson('POST', `/api/guests/${id}/merge`, { duplicate: duplicate.id })
      if (result.ok) {
        window.location.reload()
        return
      }
      setMessage({ text: result.reason, alert: true })
    } catch {
      setMessage({ text: t('reservations:duplicates:offline'), alert: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="staff-card staff-card--warning">
      <legend>{t('reservations:duplicates:title')}</legend>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.5rem' }}>
        {duplicates.map((d) => (
          <li key={d.id} style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
            <a href={`/admin/collections/guests/${d.id}`}>{d.name}</a>
            <span>
              {d.email}
              {d.phone ? ` · ${d.phone}` : ''} · {count('reservations:duplicates:visits', d.visitCount)} · {t(d.reason === 'phone' ? 'reservations:duplicates:samePhone' : 'reservations:duplicates:sameName')}
            </span>
            {mayMerge ? (
              <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => merge(d)}>
                {t('reservations:duplicates:merge')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <StatusMessage message={message} />
    </fieldset>
  )
}
