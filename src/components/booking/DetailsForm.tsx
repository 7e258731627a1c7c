'use client'

import { smsRecipient } from '@/domain/phone'
import { errorMessage, refusalOfIssue } from '@/domain/errors'
import { guestSchema, OCCASION_VALUES } from '@/domain/schemas/booking'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import type { Details } from './wizardState'

export type FieldErrors = Partial<Record<keyof Details, string>>

/** Validates with the same schema the server uses; the same messages as the server's, in the diner's language. */
export function validateDetails(details: Details, locale: Locale): FieldErrors {
  const result = guestSchema.safeParse({ name: details.name, email: details.email, phone: details.phone })
  // The sender's own rule, checked before the diner leaves the step: texts go to mobiles only.
  if (result.success) return details.smsConsent && result.data.phone && !smsRecipient(result.data.phone).ok ? { phone: errorMessage('phone_no_sms', locale) } : {}
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof Details
    if (errors[field]) continue
    const { code, params } = refusalOfIssue(issue)
    errors[field] = errorMessage(code, locale, params)
  }
  return errors
}

export function DetailsForm({ locale, details, errors, onChange }: { locale: Locale; details: Details; errors: FieldErrors; onChange: (d: Partial<Details>) => void }) {
  const t = messagesFor(locale).wizard
  const field = (name: 'name' | 'email' | 'phone', label: string, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`guest-${name}`}>
        {label}
        {name !== 'phone' ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={`guest-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={name !== 'phone'}
        value={details[name]}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={[hint ? `guest-${name}-hint` : '', errors[name] ? `guest-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange({ [name]: e.target.value })}
      />
      {hint ? (
        <p id={`guest-${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {errors[name] ? (
        <p id={`guest-${name}-error`} className="error">
          {errors[name]}
        </p>
      ) : null}
    </div>
  )
  return (
    <>
      {field('name', t.name, 'text', 'name')}
      {field('email', t.email, 'email', 'email')}
      {field('phone', t.phone, 'tel', 'tel', t.phoneHint)}
      {details.phone.trim() ? (
        <div className="field field--check">
          <input id="guest-sms" type="checkbox" checked={details.smsConsent} onChange={(e) => onChange({ smsConsent: e.target.checked })} />
          <label htmlFor="guest-sms">{t.smsConsent}</label>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="guest-occasion">{t.occasion}</label>
        <select id="guest-occasion" value={details.occasion} onChange={(e) => onChange({ occasion: e.target.value })}>
          {(['', ...OCCASION_VALUES] as const).map((value) => (
            <option key={value} value={value}>
              {t.occasions[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="guest-requests">{t.specialRequests}</label>
        <textarea id="guest-requests" rows={3} maxLength={1000} value={details.specialRequests} onChange={(e) => onChange({ specialRequests: e.target.value })} />
      </div>
    </>
  )
}
