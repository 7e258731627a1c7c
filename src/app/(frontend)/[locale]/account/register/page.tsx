import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RegisterForm } from '@/components/account/RegisterForm'
import { safeReturnPath } from '@/domain/returnPath'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).registerTitle : undefined }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = accountMessagesFor(locale)
  // Carried through the confirmation email to the sign-in after it.
  const next = safeReturnPath((await searchParams).next)
  return (
    <>
      <h1>{t.registerTitle}</h1>
      <RegisterForm locale={locale} next={next} />
      <p>
        {t.haveAccount} <a href={`/${locale}/account/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t.signIn}</a>
      </p>
    </>
  )
}
