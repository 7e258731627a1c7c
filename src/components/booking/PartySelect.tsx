'use client'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

export function PartySelect({ locale, value, max, onChange, phone }: { locale: Locale; value: number; max: number; onChange: (party: number) => void; phone: string | null }) {
  const t = messagesFor(locale).wizard
  return (
    <div className="field">
      <label htmlFor="party">{t.party}</label>
      <select id="party" value={value} onChange={(e) => onChange(Number(e.target.value))} aria-describedby="party-hint">
        {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {t.guests(n)}
          </option>
        ))}
      </select>
      <p id="party-hint" className="hint">
        {t.largeParty(max)} {phone ? <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a> : null}
      </p>
    </div>
  )
}
