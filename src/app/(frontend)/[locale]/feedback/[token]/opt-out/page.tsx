import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FeedbackOptOut } from '@/components/feedback/FeedbackOptOut'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

type Props = { params: Promise<{ locale: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? messagesFor(locale).feedback.optOutTitle : undefined, robots: { index: false, follow: false } }
}

/** "Stop these emails", from the link in a feedback email: no sign-in, the link is the proof (checked by the endpoint). */
export default async function FeedbackOptOutPage({ params }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale) || !/^[A-Za-z0-9_-]{43}$/.test(token)) notFound()
  const t = messagesFor(locale).feedback
  return (
    <div className="container narrow page">
      <h1>{t.optOutTitle}</h1>
      <p>{t.optOutIntro}</p>
      <FeedbackOptOut locale={locale} token={token} />
    </div>
  )
}
