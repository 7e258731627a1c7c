import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { SignInForm } from '@/components/account/SignInForm'
import { configuredProviders } from '@/collections/Customers/oauth/providers'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'
import { currentDiner } from '@/utilities/currentDiner'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).signInTitle : undefined }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  if (await currentDiner()) redirect(`/${locale}/account`)
  const t = accountMessagesFor(locale)
  const providers = configuredProviders()
  const { error, notice } = await searchParams
  const problem = error === 'no-email' ? t.providerNoEmail : error === 'email-not-verified' ? t.providerUnverified : error ? t.providerFailed : null
  return (
    <>
      <h1>{t.signInTitle}</h1>
      {problem ? (
        <p role="alert" className="notice notice--warning">
          {problem}
        </p>
      ) : null}
      {notice === 'check-email' ? (
        <p role="status" className="notice">
          {t.checkEmail}
        </p>
      ) : null}
      {providers.length > 0 ? (
        <>
          <ul className="account__providers">
            {providers.map((provider) => (
              <li key={provider.id}>
                <a className="button button--secondary" href={`/api/customers/oauth/${provider.id}?locale=${locale}`}>
                  {t.continueWith(provider.name)}
                </a>
              </li>
            ))}
          </ul>
          <p className="account__or">{t.or}</p>
        </>
      ) : null}
      <SignInForm locale={locale} />
      <p>
        <a href={`/${locale}/account/forgot`}>{t.forgot}</a>
      </p>
      <p>
        {t.noAccount} <a href={`/${locale}/account/register`}>{t.registerTitle}</a>
      </p>
    </>
  )
}
