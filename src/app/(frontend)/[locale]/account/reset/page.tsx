import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ResetPasswordForm } from '@/components/account/PasswordForms'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).resetTitle : undefined }
}

export default async function ResetPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = (await searchParams).token
  const t = accountMessagesFor(locale)
  return (
    <>
      <h1>{t.resetTitle}</h1>
      {typeof token === 'string' && token ? (
        <ResetPasswordForm locale={locale} token={token} />
      ) : (
        <p className="notice notice--warning">
          {t.verifyFailed} <a href={`/${locale}/account/forgot`}>{t.forgot}</a>
        </p>
      )}
    </>
  )
}
