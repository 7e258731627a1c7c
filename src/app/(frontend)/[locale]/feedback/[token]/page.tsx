import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { createLocalReq } from 'payload'

import { FeedbackForm } from '@/components/feedback/FeedbackForm'
import { formatLocalDate } from '@/domain/availability/localTime'
import { intlLocale } from '@/domain/locale'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { BookingError } from '@/infrastructure/http/respond'
import { feedbackByToken, feedbackGuestView } from '@/plugins/reservations'
import { reserveTokenGuess, returnTokenGuess } from '@/security/tokenGuesses'
import { getPayloadClient } from '@/utilities/getPayloadClient'

type Props = { params: Promise<{ locale: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  // A private page: never indexed.
  return { title: isLocale(locale) ? messagesFor(locale).feedback.title : undefined, robots: { index: false, follow: false } }
}

/** The page the morning-after email opens: score the visit from 1 to 5, with a comment if the guest likes. */
export default async function FeedbackPage({ params }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale).feedback
  const payload = await getPayloadClient()
  const req = await createLocalReq({}, payload)
  const requestHeaders = await headers()
  if (!(await reserveTokenGuess(requestHeaders))) notFound()
  const found = await feedbackByToken(req, token).catch((error: unknown) => (error instanceof BookingError && error.status === 410 ? 'closed' : null))
  if (!found) notFound()
  await returnTokenGuess(requestHeaders)
  if (found === 'closed') {
    return (
      <div className="container narrow page">
        <h1>{t.title}</h1>
        <p className="notice notice--warning">{t.closed}</p>
      </div>
    )
  }
  const view = feedbackGuestView(found)
  const day = formatLocalDate(view.visitDate, intlLocale(locale), { weekday: 'long', day: 'numeric', month: 'long' })
  return (
    <div className="container narrow page">
      <h1>{t.title}</h1>
      <p>{t.intro.replace('{restaurant}', view.restaurant).replace('{day}', day)}</p>
      <FeedbackForm locale={locale} token={token} initial={view} />
      <p className="hint">
        <Link href={`/${locale}/feedback/${token}/opt-out`}>{t.optOutLink}</Link>
      </p>
    </div>
  )
}
