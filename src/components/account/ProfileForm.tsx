'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { apiFieldErrors, issuesAsFieldErrors, type FieldErrors } from '@/components/forms/fieldErrors'
import { TextField } from '@/components/forms/TextField'
import { dinerProfileSchema } from '@/domain/schemas/diner'
import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { formValues } from './Field'
import { useHydrated } from '../useHydrated'

type Profile = { name: string; phone: string | null; locale: string | null }

/** The diner's own details; a new password needs the current one (checked by the same schema as the endpoint). */
export function ProfileForm({ locale, profile }: { locale: Locale; profile: Profile }) {
  const t = accountMessagesFor(locale)
  const router = useRouter()
  const hydrated = useHydrated()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setStatus('')
    const parsed = dinerProfileSchema.safeParse(formValues(form))
    if (!parsed.success) return setErrors(issuesAsFieldErrors(parsed.error.issues, locale))
    setBusy(true)
    try {
      const res = await fetch(`/api/customers/profile?locale=${locale}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ ...parsed.data, phone: parsed.data.phone ?? '' }),
      })
      if (res.ok) {
        setErrors({})
        setStatus(t.profileSaved)
        // Passwords are not kept on screen once used; the rest stays as typed (and saved).
        for (const name of ['currentPassword', 'newPassword']) {
          const input = form.elements.namedItem(name) as HTMLInputElement | null
          if (input) input.value = ''
        }
        router.refresh()
      } else {
        setErrors(apiFieldErrors(await res.json().catch(() => null), locale))
      }
    } catch {
      setErrors(apiFieldErrors(null, locale))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="profile-title">
      <TextField id="profile-name" name="name" label={t.name} autoComplete="name" defaultValue={profile.name} error={errors.name} required />
      <TextField id="profile-phone" name="phone" label={t.phone} type="tel" autoComplete="tel" defaultValue={profile.phone ?? ''} error={errors.phone} />
      <div className="field">
        <label htmlFor="profile-locale">{t.language}</label>
        <select id="profile-locale" name="locale" defaultValue={profile.locale === 'en' ? 'en' : 'fr'}>
          <option value="fr" lang="fr">
            Français
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <p id="profile-password-hint" className="hint">
        {t.passwordChangeHint}
      </p>
      <TextField id="profile-current-password" name="currentPassword" label={t.currentPassword} type="password" autoComplete="current-password" error={errors.currentPassword} />
      <TextField id="profile-new-password" name="newPassword" label={t.newPasswordOptional} type="password" autoComplete="new-password" hint={t.passwordHint} error={errors.newPassword} />
      <p role="alert" className="error">
        {errors[''] ?? ''}
      </p>
      <p role="status" className={status ? 'notice' : undefined}>
        {status}
      </p>
      <button className="button" type="submit" disabled={!hydrated || busy}>
        {t.saveProfile}
      </button>
    </form>
  )
}
