'use client'

import { Button } from '@payloadcms/ui'
import { useState, type ReactNode } from 'react'

import { todayIn } from '../../../../domain/availability/localTime'
import { useRefreshStaffViews } from '../../../../infrastructure/client/staffQueries'
import { StatusMessage, type Message } from '../StatusMessage'
import { useWords } from '../useWords'
import { NewBookingDrawer } from './NewBookingDrawer'
import type { BookingPrefill } from './types'

/**
 * The new-booking drawer for a staff view: `open` it (from a button or a timeline cell, with what
 * to prefill) and render `element` once. After a booking the views refresh and a status message
 * names the reference.
 */
export function useNewBookingDrawer(slug: string, date?: string): { open: (prefill?: BookingPrefill) => void; element: ReactNode } {
  const { t } = useWords()
  const refresh = useRefreshStaffViews()
  const [prefill, setPrefill] = useState<(BookingPrefill & { date: string }) | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const today = () => todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone)
  const element = (
    <>
      <StatusMessage message={message} testId="new-booking-message" />
      {prefill ? (
        <NewBookingDrawer
          // A new opening starts afresh: no state kept from the last booking.
          key={JSON.stringify(prefill)}
          slug={slug}
          prefill={prefill}
          onClose={() => setPrefill(null)}
          onBooked={(reference) => {
            setPrefill(null)
            setMessage({ text: t('reservations:newBooking:booked', { reference }), alert: false })
            void refresh()
          }}
        />
      ) : null}
    </>
  )
  return {
    open: (given = {}) => {
      setMessage(null)
      setPrefill({ ...given, date: given.date ?? date ?? today() })
    },
    element,
  }
}

/** The "new booking" button of a staff view, with its drawer. */
export function NewBookingButton({ slug, date }: { slug: string; date?: string }) {
  const { t } = useWords()
  const drawer = useNewBookingDrawer(slug, date)
  return (
    <>
      <Button buttonStyle="primary" size="small" margin={false} onClick={() => drawer.open()} disabled={!slug}>
        {t('reservations:newBooking:open')}
      </Button>
      {drawer.element}
    </>
  )
}
