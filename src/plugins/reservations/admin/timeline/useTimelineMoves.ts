'use client'

import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { managerMayForce } from '../../../../domain/errors'
import { sendJson } from '../../../../infrastructure/client/sendJson'
import { useOptimisticWrite } from '../../../../infrastructure/client/staffQueries'
import type { ServiceDayResponse } from '../../api/serviceDay'
import { restoreBooking, withBooking } from '../serviceDayCache'
import type { Message } from '../StatusMessage'
import type { MoveRequest } from '../timelineTypes'
import { useWords } from '../useWords'
import { dayClock } from './geometry'

type Move = { request: MoveRequest; startsAt: string; endsAt: string; label: string; override?: string }

/**
 * Moves, stretches and forced changes of the day's bookings: drawn at once in the cached day, sent as
 * an ordinary update (same booking rules, staff mode), put back where they were when refused, with
 * the reason worded by code and — for a manager, when the code allows it — the offer to force it.
 */
export function useTimelineMoves({ url, day, date, canOverride }: { url: string | null; day: ServiceDayResponse | undefined; date: string; canOverride: boolean }) {
  const { t } = useWords()
  const { i18n } = useTranslation()
  const [message, setMessage] = useState<Message | null>(null)
  const [refused, setRefused] = useState<MoveRequest | null>(null)
  const write = useOptimisticWrite<ServiceDayResponse, Move>({
    url,
    send: ({ request, startsAt, endsAt, override }) =>
      sendJson(
        'PATCH',
        `/api/reservations/${request.booking.id}`,
        { startsAt, endsAt, tables: [request.tableId], ...(override !== undefined ? { overrideRules: true, overrideReason: override } : {}) },
        i18n.language,
      ),
    change: (data, { request, startsAt, endsAt, label }) => withBooking(data, request.booking.id, { startsAt, endsAt, tableIds: [request.tableId], tables: [label] }),
    restore: (data, before, { request }) => restoreBooking(data, before, request.booking.id),
  })

  /** Sends a move (with the manager's reason when forcing it); false when the time does not exist that night. */
  function move(request: MoveRequest, override?: string) {
    const zone = day?.restaurant.timeZone ?? 'Europe/Paris'
    const { booking } = request
    const { startsAt, endsAt, missing } = dayClock(date, zone).instants(request.start, request.end, Date.parse(booking.endsAt) - Date.parse(booking.startsAt))
    if (!startsAt || !endsAt) {
      setMessage({ text: t('reservations:timeline:noSuchTime', { time: missing ?? request.start }), alert: true })
      return
    }
    const label = day?.tables.find((row) => row.id === request.tableId)?.label ?? '?'
    // The last outcome gives way: the next message is this move's.
    setMessage(null)
    setRefused(null)
    write.mutate(
      { request, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), label, override },
      {
        onSuccess: () => setMessage({ text: t('reservations:timeline:moved', { reference: booking.reference }), alert: false }),
        onError: ({ answer }) => {
          setMessage({ text: answer.reason, alert: true })
          // A manager may force what the rules refused, except a table someone else has then: decided on the code.
          setRefused(canOverride && override === undefined && managerMayForce(answer.code) ? request : null)
        },
      },
    )
  }

  return { move, message, refused, dismissRefusal: () => setRefused(null) }
}
