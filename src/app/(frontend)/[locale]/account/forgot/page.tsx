import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ForgotPasswordForm } from '@/components/account/PasswordForms'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).forgotTitle : undefined }
}

export default async function ForgotPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <>
      <h1>{accountMessagesFor(locale).forgotTitle}</h1>
      <ForgotPasswordForm locale={locale} />
    </>
  )
}
