import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { DeleteAccountForm, SignOutButton } from '@/components/account/AccountActions'
import { BookingList } from '@/components/account/BookingList'
import { ProfileForm } from '@/components/account/ProfileForm'
import { bookingsOf } from '@/collections/Customers/services/dinerData'
import { safeReturnPath } from '@/domain/returnPath'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'
import { currentDiner } from '@/utilities/currentDiner'
import { getPayloadClient } from '@/utilities/getPayloadClient'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).title : undefined }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const diner = await currentDiner()
  if (!diner) {
    // The header's link names the page it was on: signing in returns there.
    const next = safeReturnPath((await searchParams).next)
    redirect(`/${locale}/account/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`)
  }
  const t = accountMessagesFor(locale)
  const req = await createLocalReq({}, await getPayloadClient())
  const { upcoming, past } = await bookingsOf(req, diner, locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p>
        {t.hello(diner.name)} · <span>{diner.email}</span>
      </p>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t.upcoming}</h2>
        <BookingList locale={locale} bookings={upcoming} manageLabel={t.manage} />
        {upcoming.length === 0 ? (
          <p>
            <a className="button" href={`/${locale}/book`}>
              {t.book}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t.past}</h2>
        <BookingList locale={locale} bookings={past} manageLabel={t.view} />
      </section>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t.profileTitle}</h2>
        <ProfileForm locale={locale} profile={{ name: diner.name, phone: diner.phone ?? null, locale: diner.locale ?? null }} />
      </section>
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t.yourData}</h2>
        <p>
          <a className="button button--secondary" href="/api/customers/export" download>
            {t.export}
          </a>
        </p>
        <p>
          <SignOutButton locale={locale} />
        </p>
      </section>
      <section aria-labelledby="delete-account-title" className="card account__danger">
        <h2 id="delete-account-title">{t.deleteTitle}</h2>
        <DeleteAccountForm locale={locale} />
      </section>
    </>
  )
}
