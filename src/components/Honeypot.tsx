import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

/**
 * A field no person sees or reaches (off screen, out of the tab order, hidden from screen readers,
 * no autofill); a robot filling every input fills it, and the server refuses the form
 * (src/domain/forms/trap.ts).
 */
export function Honeypot({ locale, id, value, onChange }: { locale: Locale; id: string; value?: string; onChange?: (value: string) => void }) {
  return (
    <div className="trap" aria-hidden="true">
      <label htmlFor={id}>{messagesFor(locale).trapLabel}</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        {...(onChange ? { value: value ?? '', onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value) } : {})}
      />
    </div>
  )
}
