import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FindBookingForm } from '@/components/booking/FindBookingForm'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? messagesFor(locale).findBooking.title : undefined, robots: { index: false, follow: true } }
}

/** A diner who lost their confirmation email gets the booking's link sent again. */
export default async function FindBookingPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale).findBooking
  return (
    <div className="container narrow page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <FindBookingForm locale={locale} />
    </div>
  )
}
