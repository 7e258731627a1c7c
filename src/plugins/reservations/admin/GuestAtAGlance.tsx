'use client'

import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { GUEST_TAGS } from '../constants'
import { useWords } from './useWords'
import './staffViews.css'

const isGuestTag = (tag: string): tag is (typeof GUEST_TAGS)[number] => (GUEST_TAGS as readonly string[]).includes(tag)
import { languageOf } from '../../../domain/locale'
import { formatMinor } from '../../../domain/money'

type Profile = {
  id: number
  name: string
  tags?: string[] | null
  allergies?: string | null
  notes?: string | null
  visitCount?: number | null
  noShowCount?: number | null
  depositSpendMinor?: number | null
  lastVisitAt?: string | null
  feedbackCount?: number | null
  feedbackAverage?: number | null
}

/**
 * On a reservation: who is coming, at a glance — the guest profile's tags, allergies (flagged so
 * nobody misses them), notes and history, read from the profile the booking is linked to.
 */
export function GuestAtAGlance() {
  const guest = useFormFields(([fields]) => fields.guest?.value as number | { id: number } | null | undefined)
  const guestId = guest && typeof guest === 'object' ? guest.id : guest
  const currency = (useFormFields(([fields]) => fields['deposit.currency']?.value) as string | undefined) ?? 'EUR'
  const [profile, setProfile] = useState<Profile | null>(null)
  const [failed, setFailed] = useState(false)
  const { t, locale, count } = useWords()

  useEffect(() => {
    if (!guestId) return
    let current = true
    fetch(`/api/guests/${guestId}?depth=0&joins[reservations]=false`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<Profile>) : Promise.reject(new Error(String(res.status)))))
      .then((doc) => current && (setProfile(doc), setFailed(false)))
      .catch(() => current && setFailed(true))
    return () => {
      current = false
    }
  }, [guestId])

  if (!guestId) return null
  if (failed) return <p className="staff-card">{t('reservations:guestCard:failed')}</p>
  if (!profile || profile.id !== guestId) return <p className="staff-card">{t('reservations:guestCard:loading')}</p>
  const spend = formatMinor(profile.depositSpendMinor ?? 0, currency, languageOf(locale))
  const lastVisit = profile.lastVisitAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(profile.lastVisitAt)) : t('reservations:guestCard:never')
  return (
    <section aria-label={t('reservations:guestCard:label')} className="staff-card">
      <h4 style={{ marginTop: 0 }}>
        <a href={`/admin/collections/guests/${profile.id}`}>{profile.name}</a>
        {profile.tags?.length ? <span style={{ marginLeft: 8, fontWeight: 'normal' }}>{profile.tags.map((tag) => (isGuestTag(tag) ? t(`reservations:guestTag:${tag}`) : tag)).join(' · ')}</span> : null}
      </h4>
      {profile.allergies ? (
        <p role="note" style={{ background: 'var(--theme-error-100)', color: 'var(--theme-error-800)', padding: '0.5rem', borderRadius: 4 }}>
          <strong>⚠ {t('reservations:guestCard:allergies')}</strong> {profile.allergies}
        </p>
      ) : null}
      {profile.notes ? <p style={{ whiteSpace: 'pre-line' }}>{profile.notes}</p> : null}
      <p style={{ marginBottom: 0 }}>
        {t('reservations:guestCard:summary', { visits: profile.visitCount ?? 0, noShows: profile.noShowCount ?? 0, spend, lastVisit })}
      </p>
      {profile.feedbackCount && profile.feedbackAverage ? (
        <p data-testid="guest-feedback" style={{ marginBottom: 0 }}>
          {count('reservations:guestCard:feedback', profile.feedbackCount, { average: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(profile.feedbackAverage) })}
        </p>
      ) : null}
    </section>
  )
}
