'use client'

import type { TFunction } from '@payloadcms/translations'
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useState, type FormEvent } from 'react'

import { sendJson } from '../../../infrastructure/client/sendJson'
import type { TeamKey } from '../../../i18n/admin'

type Restaurant = { id: number; name: string }
type Me = { roles?: string[]; restaurants?: Array<number | Restaurant> }

const field = { display: 'grid', gap: '0.25rem' } as const

/**
 * Above the staff list, for owners and admins: "Invite a member of staff" opens a small form (name,
 * email, role, restaurants, language) sent to POST /api/users/invite. Owners offer manager and
 * host, on their own restaurants; the server holds the same rules.
 */
export function InviteStaff() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = i18n.t as unknown as TFunction<TeamKey>
  const me = (user ?? {}) as Me
  const isAdmin = me.roles?.includes('admin') ?? false
  const mayInvite = isAdmin || (me.roles?.includes('owner') ?? false)
  const [open, setOpen] = useState(false)
  const [restaurants, setRestaurants] = useState<Restaurant[]>([])
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open || !mayInvite) return
    const mine = (me.restaurants ?? []).map((r) => (typeof r === 'object' ? r.id : r))
    const where = isAdmin ? '' : `&where[id][in]=${mine.join(',')}`
    fetch(`/api/restaurants?depth=0&limit=100&select[name]=true${where}`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<{ docs: Restaurant[] }>) : { docs: [] }))
      .then((body) => setRestaurants(body.docs))
      .catch(() => setRestaurants([]))
    // The signed-in user's restaurants do not change while the list is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, mayInvite, isAdmin])

  if (!mayInvite) return null
  const roles = isAdmin ? ['host', 'manager', 'owner', 'admin'] : ['host', 'manager']

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      role: String(form.get('role') ?? 'host'),
      restaurants: form.getAll('restaurants').map(Number),
      language: String(form.get('language') ?? i18n.language),
    }
    setBusy(true)
    setMessage(null)
    try {
      const result = await sendJson('POST', '/api/users/invite', body, i18n.language)
      setMessage(result.ok ? { text: t('team:sent', { email: body.email }), alert: false } : { text: result.reason, alert: true })
      if (result.ok) setOpen(false)
    } catch {
      setMessage({ text: t('team:offline'), alert: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1rem' }}>
      {open ? (
        <form onSubmit={submit} aria-label={t('team:invite')} style={{ display: 'grid', gap: '0.75rem', maxWidth: 520, padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
          <label style={field}>
            {t('team:name')}
            <input name="name" required maxLength={120} autoComplete="off" />
          </label>
          <label style={field}>
            {t('team:email')}
            <input name="email" type="email" required autoComplete="off" />
          </label>
          <label style={field}>
            {t('team:role')}
            <select name="role" defaultValue="host">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`team:role_${role}` as TeamKey)}
                </option>
              ))}
            </select>
          </label>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>{t('team:restaurants')}</legend>
            {restaurants.map((r) => (
              <label key={r.id} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', minHeight: 44 }}>
                <input type="checkbox" name="restaurants" value={r.id} defaultChecked={restaurants.length === 1} />
                {r.name}
              </label>
            ))}
          </fieldset>
          <label style={field}>
            {t('team:language')}
            <select name="language" defaultValue={i18n.language === 'en' ? 'en' : 'fr'}>
              <option value="fr">{t('team:language_fr')}</option>
              <option value="en">{t('team:language_en')}</option>
            </select>
          </label>
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button type="submit" size="small" margin={false} disabled={busy}>
              {t('team:send')}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setOpen(false)}>
              {t('team:cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button size="small" margin={false} onClick={() => setOpen(true)}>
          {t('team:invite')}
        </Button>
      )}
      {message ? (
        <p role={message.alert ? 'alert' : 'status'} style={{ color: message.alert ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
