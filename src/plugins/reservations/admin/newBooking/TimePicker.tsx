'use client'

import { errorMessage } from '../../../../domain/errors'
import { languageOf } from '../../../../domain/locale'
import { useWords } from '../useWords'
import { TOUCH, type DrawerTable, type StaffSlot } from './types'

/** "T2+T3": a seating as the floor names it. */
export function seatingLabel(ids: readonly (number | string)[], tables: DrawerTable[]): string {
  return ids.map((id) => tables.find((t) => String(t.id) === String(id))?.label ?? String(id)).join('+')
}

/** The engine's refusal in the admin's language, by its code. */
export function useRefusalWords() {
  const { t } = useWords()
  const language = languageOf(typeof document !== 'undefined' ? document.documentElement.lang : 'en')
  return (slot: StaffSlot) => t('reservations:newBooking:refusedTime', { time: slot.time, reason: errorMessage(slot.reason, language) })
}

/** The day's times as buttons: the ones the engine takes plainly, the refused ones with their reason. */
export function TimePicker({ date, slots, chosen, onChoose }: { date: string; slots: StaffSlot[]; chosen: string | null; onChoose: (slot: StaffSlot) => void }) {
  const refusal = useRefusalWords()
  return (
    <div role="group" style={{ display: 'grid', gap: '.4rem', gridTemplateColumns: 'repeat(auto-fill, minmax(88px, 1fr))' }} data-testid="drawer-times" data-date={date}>
      {slots.map((slot) => (
        <button
          key={slot.startsAt}
          type="button"
          aria-pressed={slot.time === chosen}
          title={slot.available ? undefined : refusal(slot)}
          aria-label={slot.available ? undefined : refusal(slot)}
          data-available={slot.available}
          onClick={() => onChoose(slot)}
          style={{
            ...TOUCH,
            padding: '.25rem .5rem',
            borderRadius: 4,
            cursor: 'pointer',
            fontSize: '1rem',
            border: slot.time === chosen ? '2px solid var(--theme-success-500)' : '1px solid var(--theme-elevation-250)',
            background: slot.time === chosen ? 'var(--theme-success-100)' : slot.available ? 'var(--theme-elevation-50)' : 'var(--theme-elevation-100)',
            color: slot.available ? 'inherit' : 'var(--theme-elevation-800)',
            textDecoration: slot.available ? 'none' : 'line-through',
          }}
        >
          {slot.time}
        </button>
      ))}
    </div>
  )
}
