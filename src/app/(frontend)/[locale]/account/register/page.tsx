import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RegisterForm } from '@/components/account/RegisterForm'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).registerTitle : undefined }
}

export default async function RegisterPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = accountMessagesFor(locale)
  return (
    <>
      <h1>{t.registerTitle}</h1>
      <RegisterForm locale={locale} />
      <p>
        {t.haveAccount} <a href={`/${locale}/account/sign-in`}>{t.signIn}</a>
      </p>
    </>
  )
}
